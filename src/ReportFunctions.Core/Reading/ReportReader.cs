using System.Buffers;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Text.Unicode;
using ReportFunctions.Core.Model;
using ReportFunctions.Core.Validation;

namespace ReportFunctions.Core.Reading;

/// <summary>
/// Strict reader of the submission contract (contract.md, format version "2021"). Never throws for bad input:
/// malformed JSON gives one <c>malformed-json</c> error with its position; JSON that does not fit the contract
/// gives every error found (unknown or duplicate keys, wrong types, missing fields, fractional counts, …).
/// </summary>
public static partial class ReportReader
{
    public const string SupportedFormatVersion = "2021";

    /// <summary>Reading stops at this many errors; the result then says the list is truncated (docs/validation.md).</summary>
    public const int MaxErrors = 200;

    /// <summary>
    /// More JSON values than any report has (about 1,500; its text is in few long strings): such a body is refused
    /// after a cheap scan, before a document is built for it (docs/validation.md, <c>too-many-values</c>).
    /// </summary>
    public const int MaxValues = 20_000;

    /// <summary>No count of the format comes near a billion; above it a number is a mistake (and sums could overflow).</summary>
    public const long MaxCount = 999_999_999;

    private static readonly JsonDocumentOptions DocumentOptions = new() { MaxDepth = 32 };

    public static ReadResult Read(ReadOnlySpan<byte> utf8Json)
    {
        // Windows editors save UTF-8 with a byte order mark; it is not part of the JSON text.
        var json = utf8Json.StartsWith(Encoding.UTF8.Preamble) ? utf8Json[Encoding.UTF8.Preamble.Length..] : utf8Json;
        var bytes = json.ToArray();
        if (!Utf8.IsValid(bytes))
            return NotUtf8(bytes);
        if (HasMoreValuesThanAReport(bytes))
            return new ReadResult(null, [new ValidationError(ErrorCodes.TooManyValues, Severity.Error, "",
                $"请求体包含的数据项超过{MaxValues}个，不是年度报告的内容；请按报送格式提交。")]);
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(bytes, DocumentOptions);
        }
        catch (JsonException exception)
        {
            return Malformed(bytes, exception);
        }

        using (document)
        {
            var errors = new ReadingErrors();
            try
            {
                var report = new ReportWalker(errors).Read(document.RootElement);
                return new ReadResult(errors.Count == 0 ? report : null, errors.Listed);
            }
            catch (ReadingErrors.LimitReachedException)
            {
                return new ReadResult(null, errors.Listed) { Truncated = true };
            }
            catch (InvalidOperationException)
            {
                // JsonDocument checks escapes lazily: GetString fails on an escaped lone surrogate such as
                // "\uD800", which no text can contain. That is malformed input, not a broken contract.
                return LoneSurrogate(bytes);
            }
        }
    }

    private static bool HasMoreValuesThanAReport(byte[] bytes)
    {
        var reader = new Utf8JsonReader(bytes, new JsonReaderOptions { MaxDepth = DocumentOptions.MaxDepth });
        var values = 0;
        try
        {
            while (reader.Read())
            {
                if (reader.TokenType is not (JsonTokenType.EndObject or JsonTokenType.EndArray or JsonTokenType.PropertyName) && ++values > MaxValues)
                    return true;
            }
        }
        catch (JsonException)
        {
            // Malformed: parsing says where, below.
        }
        return false;
    }

    private static ReadResult LoneSurrogate(byte[] bytes)
    {
        var text = Encoding.UTF8.GetString(bytes);
        var at = Math.Max(SurrogateEscape().Match(text).Index, 0);
        var lineStart = text.LastIndexOf('\n', Math.Max(at - 1, 0)) + 1;
        var line = text.AsSpan(0, lineStart).Count('\n') + 1;
        var column = at - lineStart + 1;
        var message = $"不是有效的JSON：第{line}行第{column}列的Unicode转义不成对（单独的代理项），不能表示任何文字";
        return new ReadResult(null, [new ValidationError(ErrorCodes.MalformedJson, Severity.Error, "", message)], line, column);
    }

    // A high surrogate escape not followed by a low one, or a low one not preceded by a high one.
    [GeneratedRegex(@"\\u[dD][89abAB][0-9a-fA-F]{2}(?!\\u[dD][c-fC-F])|(?<!\\u[dD][89abAB][0-9a-fA-F]{2})\\u[dD][c-fC-F][0-9a-fA-F]{2}", RegexOptions.CultureInvariant)]
    private static partial Regex SurrogateEscape();

    /// <summary>
    /// Text saved as GBK or GB 18030, as older Chinese Windows editors do, is not JSON's UTF-8: say so, and where,
    /// instead of reporting a syntax error inside a string.
    /// </summary>
    private static ReadResult NotUtf8(byte[] bytes)
    {
        var offset = 0;
        while (Rune.DecodeFromUtf8(bytes.AsSpan(offset), out _, out var consumed) == OperationStatus.Done)
            offset += consumed;
        var lineStart = Array.LastIndexOf(bytes, (byte)'\n', Math.Max(offset - 1, 0)) + 1;
        var line = bytes.AsSpan(0, lineStart).Count((byte)'\n') + 1;
        var column = Encoding.UTF8.GetCharCount(bytes, lineStart, offset - lineStart) + 1;
        var message = $"不是有效的JSON：第{line}行第{column}列不是UTF-8编码的文字（文件可能以GBK等编码保存），请另存为UTF-8后重新提交";
        return new ReadResult(null, [new ValidationError(ErrorCodes.MalformedJson, Severity.Error, "", message)], line, column);
    }

    private static ReadResult Malformed(byte[] bytes, JsonException exception)
    {
        var line = (int)(exception.LineNumber ?? 0) + 1;
        var column = CharacterColumn(bytes, line, (int)(exception.BytePositionInLine ?? 0));
        var message = bytes.Length == 0 || bytes.AsSpan().IndexOfAnyExcept(" \t\r\n"u8) < 0
            ? "不是有效的JSON：内容为空"
            : $"不是有效的JSON：第{line}行第{column}列附近有语法错误";
        return new ReadResult(null, [new ValidationError(ErrorCodes.MalformedJson, Severity.Error, "", message)], line, column);
    }

    /// <summary>The 1-based column in characters, as an editor shows it, of a byte offset within a line.</summary>
    private static int CharacterColumn(byte[] bytes, int line, int bytePositionInLine)
    {
        var start = 0;
        for (var current = 1; current < line; current++)
        {
            var next = Array.IndexOf(bytes, (byte)'\n', start);
            if (next < 0)
                break;
            start = next + 1;
        }
        var length = Math.Clamp(bytePositionInLine, 0, bytes.Length - start);
        return Encoding.UTF8.GetCharCount(bytes, start, length) + 1;
    }
}
