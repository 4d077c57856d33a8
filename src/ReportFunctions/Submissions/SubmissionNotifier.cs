using Microsoft.Extensions.Logging;
using ReportFunctions.Core.Organizations;
using ReportFunctions.Core.Reminders;
using ReportFunctions.Core.Validation;
using ReportFunctions.Email;
using ReportFunctions.Publishing;

namespace ReportFunctions.Submissions;

/// <summary>
/// Tells an organization's contacts what became of a submission. Only enqueues on the outbox (never SMTP inline);
/// the e-mail id is derived from the outcome, so a worker that handles the same submission twice sends one e-mail.
/// </summary>
public sealed class SubmissionNotifier(
    EmailOutbox outbox, ReportLocations locations, EmailSignatures signatures, ILogger<SubmissionNotifier> logger)
{
    public Task NotifyPublishedAsync(OrganizationRecord org, string title, int year, string url, int version, CancellationToken ct) =>
        EnqueueAsync(org, $"published-{org.Id}-{year}-v{version}",
            OutcomeMessages.Published(org.Name, title, year, url, version, signatures.Today()), ct);

    public Task NotifyRejectedAsync(
        OrganizationRecord org, string title, int year, string submissionId, IReadOnlyList<ValidationError> errors, CancellationToken ct) =>
        EnqueueAsync(org, $"rejected-{submissionId}",
            OutcomeMessages.Rejected(org.Name, title, year, StatusUrl(submissionId, org.Id), errors, signatures.Today()), ct);

    public Task NotifyReturnedAsync(OrganizationRecord org, string title, int year, string submissionId, string comment, CancellationToken ct) =>
        EnqueueAsync(org, $"returned-{submissionId}",
            OutcomeMessages.Returned(org.Name, title, year, comment, locations.FormUrl(org.Id, submissionId),
                StatusUrl(submissionId, org.Id), signatures.Today()), ct);

    private string StatusUrl(string submissionId, string organizationId) =>
        PageLink.ForOrganization(locations.SubmissionStatusUrl(submissionId), organizationId);

    private async Task EnqueueAsync(OrganizationRecord org, string id, EmailContent content, CancellationToken ct)
    {
        if (org.Contacts.Count == 0)
        {
            logger.LogWarning("Organization {OrganizationId} has no contacts; \"{Subject}\" not sent", org.Id, content.Subject);
            return;
        }

        await outbox.EnqueueAsync(new OutboxEmail(id, org.Contacts, [], content.Subject, content.Text, content.Html), ct);
    }
}
