using System.Globalization;
using System.Text.Json;
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

    public async Task<IReadOnlyList<PublishedReport>> ListAsync(int year, CancellationToken ct) =>
        [.. (await ListWithVersionsAsync(year, ct)).Select(r => r.Report)];

    /// <summary>The year's published reports with their version histories: one partition query, like the JSON listing.</summary>
    public async Task<IReadOnlyList<ListedReport>> ListWithVersionsAsync(int year, CancellationToken ct)
    {
        var partition = year.ToString(CultureInfo.InvariantCulture);
        var list = new List<ListedReport>();
        await foreach (var row in _table.QueryAsync<PublishedReportEntity>(e => e.PartitionKey == partition, cancellationToken: ct))
        {
            if (Listed(row) is { } listed)
                list.Add(listed);
        }
        return list;
    }

    /// <summary>The years with at least one published report, newest first: one query of the small years partition.</summary>
    public async Task<IReadOnlyList<int>> ListYearsAsync(CancellationToken ct)
    {
        var years = new List<int>();
        await foreach (var row in _table.QueryAsync<PublishedYearEntity>(e => e.PartitionKey == PublishedYearEntity.Partition, select: ["RowKey"], cancellationToken: ct))
        {
            if (int.TryParse(row.RowKey, NumberStyles.None, CultureInfo.InvariantCulture, out var year))
                years.Add(year);
        }
        return [.. years.OrderDescending()];
    }

    /// <summary>One organization's published reports in <paramref name="years"/>: one point read per year, in parallel.</summary>
    public async Task<IReadOnlyList<ListedReport>> ListForOrganizationAsync(string organizationId, IReadOnlyList<int> years, CancellationToken ct)
    {
        var rows = await Task.WhenAll(years.Select(year => GetAsync(year, organizationId, ct)));
        return [.. rows.Select(row => row is null ? null : Listed(row)).OfType<ListedReport>()];
    }

    /// <summary>The versions recorded in a row, oldest first.</summary>
    internal static List<PublishedVersion> VersionsOf(PublishedReportEntity row)
    {
        if (row.Versions is { Length: > 0 } json)
            return [.. JsonSerializer.Deserialize(json, PublishingJsonContext.Web.IReadOnlyListPublishedVersion) ?? []];
        // A row written before the history was kept knows the first publication and the last correction only.
        if (row is not { Version: > 0, PublishedAt: { } first })
            return [];
        return row.Version == 1 || row.CorrectedAt is not { } corrected
            ? [new PublishedVersion(row.Version, first)]
            : [new PublishedVersion(1, first), new PublishedVersion(row.Version, corrected)];
    }

    private static ListedReport? Listed(PublishedReportEntity row) =>
        row.Version > 0 && int.TryParse(row.PartitionKey, NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            ? new ListedReport(
                new PublishedReport(row.RowKey, row.OrganizationName, year, row.Title, row.Version, row.Url, row.HtmlUrl, row.PublishedAt!.Value, row.CorrectedAt),
                VersionsOf(row))
            : null;

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
