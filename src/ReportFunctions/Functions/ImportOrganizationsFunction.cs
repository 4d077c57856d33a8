using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;
using ReportFunctions.Http;
using ReportFunctions.Organizations;

namespace ReportFunctions.Functions;

public sealed class ImportOrganizationsFunction(OrganizationRegistry registry, AdminKey adminKey, ILogger<ImportOrganizationsFunction> logger)
{
    // A county's list is a few hundred rows; 4 MiB is tens of thousands.
    private const long MaxBody = 4 * 1024 * 1024;

    /// <summary>Bulk registration from CSV (UTF-8, BOM tolerated): every row valid, or nothing imported and every bad row listed.</summary>
    [Function(nameof(ImportOrganizations))]
    public async Task<IActionResult> ImportOrganizations(
        [HttpTrigger(AuthorizationLevel.Function, "post", Route = "api/manage/organizations/import")] HttpRequest req,
        CancellationToken cancellationToken)
    {
        if (adminKey.Refusal(req) is { } refusal)
            return refusal;
        if (req.ContentType?.Split(';')[0].Trim() is not ("text/csv" or "application/csv"))
            return ApiResults.InvalidRequest($"内容类型“{req.ContentType ?? "（未提供）"}”不正确，请以 text/csv（UTF-8 编码）上传机构名单。");
        if (req.ContentLength > MaxBody)
            return ApiResults.PayloadTooLarge(MaxBody);

        string text;
        try
        {
            // Strict UTF-8: a list saved by a spreadsheet as GBK must be refused, not imported as mojibake.
            using var reader = new StreamReader(req.Body, new UTF8Encoding(false, throwOnInvalidBytes: true), detectEncodingFromByteOrderMarks: false);
            var builder = new StringBuilder();
            var buffer = new char[16 * 1024];
            int read;
            while ((read = await reader.ReadAsync(buffer.AsMemory(), cancellationToken)) > 0)
            {
                builder.Append(buffer, 0, read);
                if (builder.Length > MaxBody)
                    return ApiResults.PayloadTooLarge(MaxBody);
            }

            text = builder.ToString();
        }
        catch (DecoderFallbackException)
        {
            return ApiResults.InvalidRequest("文件不是 UTF-8 编码。请在表格软件中另存为“CSV UTF-8”后重新上传。");
        }

        var (organizations, errors) = OrganizationCsv.Read(text);
        if (errors.Count > 0)
            return ApiResults.InvalidRequest(errors);

        await registry.ImportAsync(organizations, cancellationToken);
        logger.LogInformation("Imported {Count} organizations", organizations.Count);
        return ApiResults.Json(StatusCodes.Status200OK,
            new ImportOrganizationsResult(organizations.Count, organizations.Select(o => o.Id).ToList()),
            ApiJsonContext.Web.ImportOrganizationsResult);
    }
}
