using System.Text;
using Microsoft.AspNetCore.Http;

namespace ReportFunctions.Http;

/// <summary>Reads the console's form posts (urlencoded from a plain browser, multipart from console.js's FormData).</summary>
public static class ConsoleForms
{
    /// <summary>The posted fields, trimmed, from a form post; a missing or empty field reads as null.</summary>
    public static async Task<Func<string, string?>> ReadAsync(HttpRequest request, CancellationToken ct)
    {
        var form = request.HasFormContentType ? await request.ReadFormAsync(ct) : FormCollection.Empty;
        return name => form[name].ToString().Trim() is { Length: > 0 } value ? value : null;
    }

    /// <summary>An uploaded file's text, strict UTF-8 (a spreadsheet's GBK export is refused, not read as mojibake), or why not.</summary>
    public static async Task<(string? Text, string? Problem)> ReadFileAsync(HttpRequest request, string field, long maxBytes, CancellationToken ct)
    {
        if (!request.HasFormContentType)
            return (null, "请选择要上传的文件。");
        var file = (await request.ReadFormAsync(ct)).Files.GetFile(field);
        if (file is null || file.Length == 0)
            return (null, "请选择要上传的文件。");
        if (file.Length > maxBytes)
            return (null, $"文件不能超过{maxBytes / 1024 / 1024}MB。");
        try
        {
            using var reader = new StreamReader(file.OpenReadStream(), new UTF8Encoding(false, throwOnInvalidBytes: true), detectEncodingFromByteOrderMarks: false);
            return (await reader.ReadToEndAsync(ct), null);
        }
        catch (DecoderFallbackException)
        {
            return (null, "文件不是 UTF-8 编码。请在表格软件中另存为“CSV UTF-8”后重新上传。");
        }
    }
}
