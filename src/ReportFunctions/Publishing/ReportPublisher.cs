using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using Azure;
using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Microsoft.Extensions.Logging;
using ReportFunctions.Core.Model;
using ReportFunctions.Core.Rendering;
using ReportFunctions.Core.Rendering.Html;
using ReportFunctions.Storage;

namespace ReportFunctions.Publishing;

/// <summary>
/// Publishes a valid report as version n of its organization's report for the year: an immutable
/// v{n}.pdf (and the submitted contract JSON beside it, which R6 reads next year, the HTML edition v{n}.html and page 1
/// as v{n}-page1.png for the status page),
/// then the current {orgId}.pdf and {orgId}.html, then the listing. Repeatable for the same submission: the version is allocated once and the immutable blobs are
/// created only if missing.
/// </summary>
public sealed class ReportPublisher(
    TableServiceClient tables,
    BlobServiceClient blobs,
    ReportRenderer renderer,
    ReportHtmlRenderer htmlRenderer,
    ReportLocations locations,
    PublishedReportIndex index,
    TimeProvider time,
    ILogger<ReportPublisher> logger)
{
    // A version never changes; the current PDF may be corrected, so caches revalidate it soon.
    private const string ImmutableCacheControl = "public, max-age=31536000, immutable";
    private const string CurrentCacheControl = "public, max-age=300";
    private const string VersionMetadata = "version";
    private const string HtmlContentType = "text/html; charset=utf-8";

    private readonly TableClient _index = tables.GetTableClient(StorageNames.PublishedReportsTable);
    private readonly BlobContainerClient _reports = blobs.GetBlobContainerClient(StorageNames.ReportsContainer);

    /// <summary>Publishes <paramref name="report"/> as <paramref name="version"/>, allocated before by <see cref="AllocateVersionAsync"/>.</summary>
    public async Task<Publication> PublishAsync(Report report, BinaryData json, int version, string submissionId, CancellationToken ct)
    {
        var (year, orgId) = (report.Year, report.Organization.Id);
        var pdf = await CreateVersionAsync(submissionId, report, json, version, ct);
        var html = await CreateVersionHtmlAsync(report, version, ct);
        await CreateVersionPreviewAsync(report, version, ct);
        var publishedAt = time.GetUtcNow();
        await ReplaceCurrentAsync(ReportLocations.CurrentPdfBlob(year, orgId), version,
            conditions => UploadPdfAsync(ReportLocations.CurrentPdfBlob(year, orgId), pdf, report, CurrentCacheControl, conditions, version, ct), ct);
        await ReplaceCurrentAsync(ReportLocations.CurrentHtmlBlob(year, orgId), version,
            conditions => UploadHtmlAsync(ReportLocations.CurrentHtmlBlob(year, orgId), html, CurrentCacheControl, conditions, version, ct), ct);
        await UpdateIndexAsync(report, version, publishedAt, ct);

        logger.LogInformation("Published {SubmissionId} as {OrganizationId}/{Year} v{Version}: {Pages} pages, {Bytes} bytes",
            submissionId, orgId, year, version, pdf.Pages, pdf.Bytes.Length);
        return new Publication(locations.CurrentUrl(year, orgId), locations.CurrentHtmlUrl(year, orgId), version, pdf.Sha256, pdf.Bytes.Length, pdf.Pages);
    }

    /// <summary>The next version number of the organization's report for the year, the same again for the same submission.</summary>
    public async Task<int> AllocateVersionAsync(int year, string orgId, string submissionId, CancellationToken ct)
    {
        while (true)
        {
            var row = await index.GetAsync(year, orgId, ct);
            try
            {
                if (row is null)
                {
                    await _index.AddEntityAsync(new PublishedReportEntity
                    {
                        PartitionKey = year.ToString(CultureInfo.InvariantCulture),
                        RowKey = orgId,
                        AllocatedVersion = 1,
                        AllocatedSubmissionId = submissionId,
                    }, ct);
                    return 1;
                }
                if (row.AllocatedSubmissionId == submissionId)
                    return row.AllocatedVersion;
                row.AllocatedVersion++;
                row.AllocatedSubmissionId = submissionId;
                await _index.UpdateEntityAsync(row, row.ETag, TableUpdateMode.Replace, ct);
                return row.AllocatedVersion;
            }
            catch (RequestFailedException e) when (e.Status is 409 or 412)
            {
                // Another submission of the same organization and year allocated first; read again.
            }
        }
    }

    private async Task<RenderedPdf> CreateVersionAsync(string submissionId, Report report, BinaryData json, int version, CancellationToken ct)
    {
        // Rendering again on a redelivery costs less than checking for the blob on every first delivery;
        // the If-None-Match create below keeps whatever the first delivery wrote.
        var (year, orgId) = (report.Year, report.Organization.Id);
        var rendered = renderer.Render(report);
        var pdf = new RenderedPdf(rendered.Pdf, rendered.PageCount, Convert.ToHexStringLower(SHA256.HashData(rendered.Pdf)));
        try
        {
            await _reports.GetBlobClient(ReportLocations.VersionJsonBlob(year, orgId, version)).UploadAsync(
                json,
                new BlobUploadOptions
                {
                    HttpHeaders = new BlobHttpHeaders { ContentType = "application/json; charset=utf-8" },
                    Conditions = new BlobRequestConditions { IfNoneMatch = ETag.All },
                },
                ct);
        }
        catch (RequestFailedException e) when (e.Status == 409)
        {
        }
        try
        {
            await UploadPdfAsync(ReportLocations.VersionPdfBlob(year, orgId, version), pdf, report, ImmutableCacheControl,
                new BlobRequestConditions { IfNoneMatch = ETag.All }, version, ct);
            return pdf;
        }
        catch (RequestFailedException e) when (e.Status == 409)
        {
            logger.LogInformation("Version {Version} of {OrganizationId}/{Year} already written for {SubmissionId}", version, orgId, year, submissionId);
            return await DownloadIfExistsAsync(ReportLocations.VersionPdfBlob(year, orgId, version), ct)
                ?? throw new InvalidOperationException($"Version blob {orgId}/{year}/v{version} vanished.");
        }
    }

    /// <summary>The HTML edition of the version, created once like its PDF; a redelivery renders it again and keeps the first.</summary>
    private async Task<BinaryData> CreateVersionHtmlAsync(Report report, int version, CancellationToken ct)
    {
        var (year, orgId) = (report.Year, report.Organization.Id);
        var html = BinaryData.FromString(htmlRenderer.Render(report));
        try
        {
            await UploadHtmlAsync(ReportLocations.VersionHtmlBlob(year, orgId, version), html, ImmutableCacheControl,
                new BlobRequestConditions { IfNoneMatch = ETag.All }, version, ct);
            return html;
        }
        catch (RequestFailedException e) when (e.Status == 409)
        {
            return (await _reports.GetBlobClient(ReportLocations.VersionHtmlBlob(year, orgId, version)).DownloadContentAsync(ct)).Value.Content;
        }
    }

    /// <summary>Page 1 as a PNG for the status page, created once; a redelivery keeps the first.</summary>
    private async Task CreateVersionPreviewAsync(Report report, int version, CancellationToken ct)
    {
        try
        {
            await _reports.GetBlobClient(ReportLocations.VersionPreviewBlob(report.Year, report.Organization.Id, version)).UploadAsync(
                new BinaryData(renderer.RenderFirstPagePng(report)),
                new BlobUploadOptions
                {
                    HttpHeaders = new BlobHttpHeaders { ContentType = "image/png", CacheControl = ImmutableCacheControl },
                    Metadata = new Dictionary<string, string> { [VersionMetadata] = version.ToString(CultureInfo.InvariantCulture) },
                    Conditions = new BlobRequestConditions { IfNoneMatch = ETag.All },
                },
                ct);
        }
        catch (RequestFailedException e) when (e.Status == 409)
        {
            // Written by an earlier delivery of the same submission.
        }
    }

    private async Task UploadHtmlAsync(string name, BinaryData html, string cacheControl, BlobRequestConditions conditions, int version, CancellationToken ct)
    {
        await _reports.GetBlobClient(name).UploadAsync(
            html,
            new BlobUploadOptions
            {
                HttpHeaders = new BlobHttpHeaders { ContentType = HtmlContentType, CacheControl = cacheControl },
                Metadata = new Dictionary<string, string> { [VersionMetadata] = version.ToString(CultureInfo.InvariantCulture) },
                Conditions = conditions,
            },
            ct);
    }

    private async Task UploadPdfAsync(string name, RenderedPdf pdf, Report report, string cacheControl, BlobRequestConditions conditions, int version, CancellationToken ct)
    {
        await _reports.GetBlobClient(name).UploadAsync(
            new BinaryData(pdf.Bytes),
            new BlobUploadOptions
            {
                HttpHeaders = new BlobHttpHeaders
                {
                    ContentType = "application/pdf",
                    ContentDisposition = ContentDispositionFor(report.EffectiveTitle),
                    CacheControl = cacheControl,
                },
                Metadata = new Dictionary<string, string>
                {
                    ["sha256"] = pdf.Sha256,
                    ["pages"] = pdf.Pages.ToString(CultureInfo.InvariantCulture),
                    [VersionMetadata] = version.ToString(CultureInfo.InvariantCulture),
                },
                Conditions = conditions,
            },
            ct);
    }

    /// <summary>
    /// Writes the current PDF or HTML edition unless a newer version is already there. The check and the write are
    /// one conditional upload on the blob's ETag, so an older correction finishing late (or concurrently) can never
    /// replace a newer one at the stable URL.
    /// </summary>
    private async Task ReplaceCurrentAsync(string name, int version, Func<BlobRequestConditions, Task> upload, CancellationToken ct)
    {
        var blob = _reports.GetBlobClient(name);
        while (true)
        {
            BlobRequestConditions conditions;
            try
            {
                var properties = (await blob.GetPropertiesAsync(cancellationToken: ct)).Value;
                if (properties.Metadata.TryGetValue(VersionMetadata, out var stored) &&
                    int.TryParse(stored, NumberStyles.None, CultureInfo.InvariantCulture, out var storedVersion) && storedVersion >= version)
                    return;
                conditions = new BlobRequestConditions { IfMatch = properties.ETag };
            }
            catch (RequestFailedException e) when (e.Status == 404)
            {
                conditions = new BlobRequestConditions { IfNoneMatch = ETag.All };
            }
            try
            {
                await upload(conditions);
                return;
            }
            catch (RequestFailedException e) when (e.Status is 409 or 412)
            {
                // Another version was written meanwhile; compare again.
            }
        }
    }

    private async Task<RenderedPdf?> DownloadIfExistsAsync(string name, CancellationToken ct)
    {
        try
        {
            var blob = (await _reports.GetBlobClient(name).DownloadContentAsync(ct)).Value;
            var bytes = blob.Content.ToArray();
            var pages = blob.Details.Metadata.TryGetValue("pages", out var p) ? int.Parse(p, CultureInfo.InvariantCulture) : 0;
            return new RenderedPdf(bytes, pages, Convert.ToHexStringLower(SHA256.HashData(bytes)));
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            return null;
        }
    }

    private async Task UpdateIndexAsync(Report report, int version, DateTimeOffset now, CancellationToken ct)
    {
        // The year first: a failure after it leaves a year row without a report, which the column shows as an empty
        // year, never a report in a year it does not list. An upsert, so redeliveries and corrections cost one write.
        await _index.UpsertEntityAsync(
            new PublishedYearEntity { RowKey = report.Year.ToString(CultureInfo.InvariantCulture) }, TableUpdateMode.Merge, ct);
        PublishedReportEntity? row = null;
        while (true)
        {
            row ??= await index.GetAsync(report.Year, report.Organization.Id, ct)
                ?? throw new InvalidOperationException("The index row is written when the version is allocated.");
            var versions = PublishedReportIndex.VersionsOf(row);
            if (versions.Any(v => v.Version == version))
                return;
            versions.Add(new PublishedVersion(version, now));
            row.Versions = JsonSerializer.Serialize<IReadOnlyList<PublishedVersion>>(
                [.. versions.OrderBy(v => v.Version)], PublishingJsonContext.Web.IReadOnlyListPublishedVersion);
            // An older version finishing after a newer one joins the history but does not become current.
            if (row.Version < version)
            {
                row.CorrectedAt = row.Version > 0 || version > 1 ? now : null;
                row.PublishedAt ??= now;
                row.Version = version;
                row.OrganizationName = report.Organization.Name;
                row.Title = report.EffectiveTitle;
                row.Url = locations.CurrentUrl(report.Year, report.Organization.Id);
                row.HtmlUrl = locations.CurrentHtmlUrl(report.Year, report.Organization.Id);
            }
            try
            {
                await _index.UpdateEntityAsync(row, row.ETag, TableUpdateMode.Replace, ct);
                return;
            }
            catch (RequestFailedException e) when (e.Status == 412)
            {
                row = null;
            }
        }
    }

    /// <summary>inline; filename="<ASCII fallback>"; filename*=UTF-8''<percent-encoded title>.pdf (RFC 6266 with RFC 5987 encoding).</summary>
    internal static string ContentDispositionFor(string title) =>
        $"inline; filename=\"report.pdf\"; filename*=UTF-8''{Uri.EscapeDataString(title + ".pdf")}";

    private sealed record RenderedPdf(byte[] Bytes, int Pages, string Sha256);
}
