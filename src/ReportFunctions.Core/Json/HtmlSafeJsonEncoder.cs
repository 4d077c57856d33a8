using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace ReportFunctions.Core.Json;

/// <summary>
/// JSON for people and for pages: Chinese, "+" and other text as is (a clerk reading a status in the browser saw
/// "3154（3120\u002B34）" with the default encoder), but the characters that are special in HTML (&lt; &gt; &amp; ' ")
/// escaped as \u00XX, so the JSON stays safe inside a script element or an attribute.
/// </summary>
public sealed unsafe class HtmlSafeJsonEncoder : JavaScriptEncoder
{
    public static HtmlSafeJsonEncoder Instance { get; } = new();

    private static readonly JavaScriptEncoder Relaxed = UnsafeRelaxedJsonEscaping;

    private HtmlSafeJsonEncoder()
    {
    }

    /// <summary>Web defaults (camelCase), nulls omitted, this encoder: the options of every JSON context of the app.</summary>
    public static JsonSerializerOptions WebOptions() => new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = Instance,
    };

    public override int MaxOutputCharactersPerInputCharacter => Math.Max(6, Relaxed.MaxOutputCharactersPerInputCharacter);

    public override bool WillEncode(int unicodeScalar) => IsHtmlSensitive(unicodeScalar) || Relaxed.WillEncode(unicodeScalar);

    public override int FindFirstCharacterToEncode(char* text, int textLength)
    {
        var relaxed = Relaxed.FindFirstCharacterToEncode(text, textLength);
        var html = new ReadOnlySpan<char>(text, relaxed < 0 ? textLength : relaxed).IndexOfAny("<>&'\"");
        return html >= 0 ? html : relaxed;
    }

    public override int FindFirstCharacterToEncodeUtf8(ReadOnlySpan<byte> utf8Text)
    {
        var relaxed = Relaxed.FindFirstCharacterToEncodeUtf8(utf8Text);
        var html = utf8Text[..(relaxed < 0 ? utf8Text.Length : relaxed)].IndexOfAny("<>&'\""u8);
        return html >= 0 ? html : relaxed;
    }

    public override bool TryEncodeUnicodeScalar(int unicodeScalar, char* buffer, int bufferLength, out int numberOfCharactersWritten)
    {
        if (!IsHtmlSensitive(unicodeScalar))
            return Relaxed.TryEncodeUnicodeScalar(unicodeScalar, buffer, bufferLength, out numberOfCharactersWritten);
        numberOfCharactersWritten = 0;
        if (bufferLength < 6)
            return false;
        const string hex = "0123456789ABCDEF";
        buffer[0] = '\\';
        buffer[1] = 'u';
        buffer[2] = '0';
        buffer[3] = '0';
        buffer[4] = hex[unicodeScalar >> 4];
        buffer[5] = hex[unicodeScalar & 0xF];
        numberOfCharactersWritten = 6;
        return true;
    }

    private static bool IsHtmlSensitive(int unicodeScalar) => unicodeScalar is '<' or '>' or '&' or '\'' or '"';
}
