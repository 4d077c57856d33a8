using System.Globalization;
using Azure;
using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using ReportFunctions.Core.Model;
using ReportFunctions.Core.Organizations;
using ReportFunctions.Core.Reading;
using ReportFunctions.Core.Validation;
using ReportFunctions.Storage;

namespace ReportFunctions.Publishing;

/// <summary>What is published: the listing per year, the report JSON kept beside each PDF (for R6), and the PDFs.</summary>
public sealed class PublishedReportIndex(TableServiceClient tables, BlobServiceClient blobs) : IPreviousReports
{
    private readonly TableClient _table = tables.GetTableClient(StorageNames.PublishedReportsTable);
    private readonly BlobContainerClient _reports = blobs.GetBlobContainerClient(StorageNames.ReportsContainer);

    public async Task<IReadOnlyList<PublishedReport>> ListAsync(int year, CancellationToken ct)
    {
        var partition = year.ToString(CultureInfo.InvariantCulture);
        var list = new List<PublishedReport>();
        await foreach (var row in _table.QueryAsync<PublishedReportEntity>(e => e.PartitionKey == partition, cancellationToken: ct))
        {
            if (row.Version > 0)
                list.Add(new PublishedReport(row.RowKey, row.OrganizationName, year, row.Title, row.Version, row.Url, row.HtmlUrl, row.PublishedAt!.Value, row.CorrectedAt));
        }
        return list;
    }

    public async Task<PublishedReportEntity?> GetAsync(int year, string organizationId, CancellationToken ct)
    {
        var row = await _table.GetEntityIfExistsAsync<PublishedReportEntity>(year.ToString(CultureInfo.InvariantCulture), organizationId, cancellationToken: ct);
        return row.HasValue ? row.Value : null;
    }

    /// <summary>The current published report of that organization and year, as submitted, or null.</summary>
    public async Task<PreviousReport?> FindAsync(string organizationId, int year, CancellationToken cancellationToken)
    {
        var row = await GetAsync(year, organizationId, cancellationToken);
        if (row is not { Version: > 0 })
            return null;
        var json = await _reports.GetBlobClient(ReportLocations.VersionJsonBlob(year, organizationId, row.Version)).DownloadContentAsync(cancellationToken);
        return ReportReader.Read(json.Value.Content.ToMemory().Span).Report is { } report
            ? new PreviousReport(report, $"{year}年度报告第{row.Version}版")
            : null;
    }

    /// <summary>
    /// The properties of a published blob (headers, length, ETag, last modified), or null when there is none: enough
    /// to answer HEAD and a conditional GET without downloading the body.
    /// </summary>
    public async Task<BlobProperties?> GetPropertiesAsync(string blobName, CancellationToken ct)
    {
        try
        {
            return (await _reports.GetBlobClient(blobName).GetPropertiesAsync(cancellationToken: ct)).Value;
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            return null;
        }
    }

    /// <summary>
    /// A published blob's content as a stream, the whole of it or <paramref name="range"/>, on the condition that it is
    /// still the version <paramref name="etag"/> read with its properties (a correction replacing the current blob
    /// in between fails with 412 rather than mixing two versions in one answer).
    /// </summary>
    public async Task<Stream> OpenAsync(string blobName, ETag etag, HttpRange range, CancellationToken ct)
    {
        var result = await _reports.GetBlobClient(blobName).DownloadStreamingAsync(
            new BlobDownloadOptions { Range = range, Conditions = new BlobRequestConditions { IfMatch = etag } }, ct);
        return result.Value.Content;
    }
}
