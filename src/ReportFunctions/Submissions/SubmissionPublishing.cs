using ReportFunctions.Core.Model;
using ReportFunctions.Publishing;

namespace ReportFunctions.Submissions;

/// <summary>Publishes the valid report of a submission in one way, whether the worker publishes it or a reviewer approves it.</summary>
public sealed class SubmissionPublishing(ReportPublisher publisher, SubmissionStore store, TimeProvider time)
{
    /// <summary>
    /// Allocates the version (written to the row first under its ETag, so a repeat publishes under the same number and
    /// of two concurrent writers one fails with 412), publishes it, and sets the row's Published fields. The caller
    /// writes the row and notifies.
    /// </summary>
    public async Task<Publication> PublishAsync(SubmissionEntity submission, Report report, BinaryData body, CancellationToken ct)
    {
        if (submission.Version is not { } version)
        {
            version = await publisher.AllocateVersionAsync(report.Year, report.Organization.Id, submission.Id, ct);
            submission.Version = version;
            await store.UpdateAsync(submission, ct);
        }
        var publication = await publisher.PublishAsync(report, body, version, submission.Id, ct);
        submission.Status = nameof(SubmissionStatus.Published);
        submission.Url = publication.Url;
        submission.HtmlUrl = publication.HtmlUrl;
        submission.Version = publication.Version;
        submission.Sha256 = publication.Sha256;
        submission.Bytes = publication.Bytes;
        submission.Pages = publication.Pages;
        submission.CompletedAt = time.GetUtcNow();
        return publication;
    }
}
