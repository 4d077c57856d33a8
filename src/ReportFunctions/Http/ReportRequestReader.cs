using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Net.Http.Headers;
using ReportFunctions.Core.Reading;
using ReportFunctions.Http;
using ReportFunctions.Submissions;

namespace ReportFunctions.Http;

/// <summary>Reads a report from a JSON or form post, within the size limit, into the model.</summary>
public static class ReportRequestReader
{
    public const long MaxBodyBytes = 1 << 20;
    public const string TokenHeader = "X-Org-Token";

    /// <summary>
    /// The request, or the problem answer when the body is too large, of a type we do not take, or malformed JSON.
    /// <paramref name="checkToken"/>, when given, sees the token before the report is parsed and may refuse the
    /// request: what an anonymous caller can make the server do stays bounded by reading 1 MiB.
    /// </summary>
    public static async Task<(ReportRequest? Request, IActionResult? Problem)> ReadAsync(
        HttpRequest request, Func<string?, CancellationToken, Task<IActionResult?>>? checkToken, CancellationToken cancellationToken)
    {
        var kind = Classify(request.ContentType);
        if (kind is null)
            return (null, ApiResults.UnsupportedMediaType(request.ContentType));
        if (request.ContentLength > MaxBodyBytes)
            return (null, ApiResults.PayloadTooLarge(MaxBodyBytes));
        var body = await ReadLimitedAsync(request.Body, cancellationToken);
        if (body is null)
            return (null, ApiResults.PayloadTooLarge(MaxBodyBytes));

        string? token = request.Headers[TokenHeader].ToString() is { Length: > 0 } header ? header : null;
        if (kind == "json")
        {
            if (checkToken is not null && await checkToken(token, cancellationToken) is { } refusal)
                return (null, refusal);
            var parsed = ReportReader.Read(body);
            return parsed.IsMalformed
                ? (null, ApiResults.MalformedJson(parsed.Errors[0], parsed.Line, parsed.Column))
                : (new ReportRequest(body, parsed, token), null);
        }

        // The body is already buffered and bounded; let ASP.NET parse the form from that buffer.
        request.Body = new MemoryStream(body, writable: false);
        IFormCollection form;
        byte[] json;
        try
        {
            form = await request.ReadFormAsync(cancellationToken);
            token ??= form[FormReportConverter.TokenField].ToString() is { Length: > 0 } field ? field : null;
            if (checkToken is not null && await checkToken(token, cancellationToken) is { } formRefusal)
                return (null, formRefusal);
            json = FormReportConverter.ToJson(form);
        }
        catch (InvalidDataException e)
        {
            return (null, ApiResults.InvalidRequest($"表单格式不正确：{e.Message}"));
        }
        catch (IOException)
        {
            // A multipart body cut off before its closing boundary: the buffer is complete, so the body is at fault.
            return (null, ApiResults.InvalidRequest("表单数据不完整：请求体在分隔边界结束之前中断，请重新提交。"));
        }
        var read = ReportReader.Read(json);
        // What is stored is the report as the contract writes it, not the form's ad hoc JSON.
        return (new ReportRequest(read.Report is null ? json : ReportWriter.Write(read.Report), read, token), null);
    }

    private static string? Classify(string? contentType)
    {
        if (!MediaTypeHeaderValue.TryParse(contentType, out var mediaType))
            return null;
        return mediaType.MediaType.Value?.ToLowerInvariant() switch
        {
            "application/json" => "json",
            "application/x-www-form-urlencoded" => "form",
            // Without a boundary a multipart body cannot be split into fields.
            "multipart/form-data" when !string.IsNullOrEmpty(HeaderUtilities.RemoveQuotes(mediaType.Boundary).Value) => "form",
            _ => null,
        };
    }

    private static async Task<byte[]?> ReadLimitedAsync(Stream body, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > MaxBodyBytes)
                return null;
            buffer.Write(chunk, 0, read);
        }
        return buffer.ToArray();
    }
}
