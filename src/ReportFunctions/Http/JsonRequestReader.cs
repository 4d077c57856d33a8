using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace ReportFunctions.Http;

/// <summary>Reads the small JSON body of an admin or answer route, or the 400/413 problem that says why it cannot.</summary>
public static class JsonRequestReader
{
    public const long MaxBody = 256 * 1024;

    public static async Task<(T? Value, IActionResult? Problem)> ReadAsync<T>(HttpRequest req, JsonTypeInfo<T> typeInfo, CancellationToken ct)
        where T : class
    {
        if (req.ContentLength > MaxBody)
            return (null, ApiResults.PayloadTooLarge(MaxBody));
        try
        {
            var value = await JsonSerializer.DeserializeAsync(req.Body, typeInfo, ct);
            return value is null ? (null, ApiResults.InvalidRequest("请求体不能为空。")) : (value, null);
        }
        catch (JsonException e)
        {
            return (null, ApiResults.InvalidRequest($"请求体不是有效的JSON：第{(e.LineNumber ?? 0) + 1}行，第{(e.BytePositionInLine ?? 0) + 1}列。"));
        }
    }
}
