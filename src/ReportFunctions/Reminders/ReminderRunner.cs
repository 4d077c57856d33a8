using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ReportFunctions.Core.Calendar;
using ReportFunctions.Core.Reminders;
using ReportFunctions.Corrections;
using ReportFunctions.Email;
using ReportFunctions.Organizations;
using ReportFunctions.Publishing;
using ReportFunctions.Submissions;

namespace ReportFunctions.Reminders;

/// <summary>One run of the reminder timer: gather the facts, plan (pure), claim each reminder in the log, queue its e-mail.</summary>
public sealed class ReminderRunner(
    OrganizationRegistry registry,
    PublishedReportIndex publishedReports,
    SubmissionStore submissions,
    CorrectionNotices corrections,
    ReminderLog log,
    EmailOutbox outbox,
    EmailSignatures signatures,
    IOptions<ReminderOptions> options,
    ReportLocations locations,
    TimeProvider time,
    ILogger<ReminderRunner> logger)
{
    public async Task<ReminderRunSummary> RunAsync(CancellationToken ct)
    {
        var today = ChinaStandardTime.Today(time);
        var settings = options.Value;
        var organizations = (await registry.ListAsync(ct))
            .Select(o => o with { SupervisorEmail = o.SupervisorEmail ?? settings.SupervisingOfficeEmail })
            .ToList();
        // The planner chases at most the report years today.Year-2 .. today.Year (see ReminderPlanner).
        var published = new HashSet<(string, int)>();
        for (var year = today.Year - 2; year <= today.Year; year++)
        {
            foreach (var report in await publishedReports.ListAsync(year, ct))
                published.Add((report.OrganizationId, report.Year));
        }
        // A report waiting for the office's review (先备案后公布) was submitted: the organization has nothing to do, so it
        // is not chased. A returned one is chased again until it is resubmitted.
        foreach (var waiting in await submissions.ListAsync(SubmissionStatus.AwaitingReview, ct))
            published.Add((waiting.OrganizationId, waiting.Year));

        // An item stays in the reminders until the office resolves it; one the organization has answered says so, so
        // the reminder does not read as if nothing had been done.
        var notices = (await corrections.ListAsync(null, null, CorrectionNotice.Open, ct))
            .Select(n => new OpenNotice(n.Id, n.OrganizationId, Quarter(n), n.DueDate,
                n.Items.Where(i => !i.Resolved).Select(i => i.Answered ? $"{i.Problem}（已报送整改情况，待主管部门确认）" : i.Problem).ToList()))
            .ToList();

        var plan = ReminderPlanner.Plan(organizations, published, notices, today);
        var links = new ReminderLinks(settings.FormUrl, locations.ListingUrl, n => locations.CorrectionPageUrl(n.Id, n.OrganizationId));
        var signature = signatures.Today();
        int queued = 0, alreadySent = 0, withoutRecipients = 0;
        foreach (var reminder in plan)
        {
            // Nobody at the organization to write to: the supervising office still hears of a late report.
            var (to, cc) = reminder.To.Count > 0 ? (reminder.To, reminder.Cc) : (reminder.Cc, Array.Empty<string>());
            if (to.Count == 0)
            {
                // Not claimed, so it goes out on a later run once the organization has a contact address.
                logger.LogWarning("Reminder {ReminderKey} not sent: organization {OrganizationId} has no contact address",
                    reminder.Key, reminder.Organization.Id);
                withoutRecipients++;
                continue;
            }

            var emailId = EmailId(reminder.Key);
            if (!await log.TryClaimAsync(reminder.Key, emailId, ct))
            {
                alreadySent++;
                continue;
            }

            var content = ReminderMessages.Compose(reminder, links, signature);
            await outbox.EnqueueAsync(new OutboxEmail(emailId, to, cc, content.Subject, content.Text, content.Html), ct);
            await log.MarkQueuedAsync(reminder.Key, ct);
            queued++;
        }

        var summary = new ReminderRunSummary(today, plan.Count, queued, alreadySent, withoutRecipients);
        logger.LogInformation(
            "Reminders for {Today}: {Planned} due, {Queued} queued, {AlreadySent} already sent, {WithoutRecipients} without recipients",
            summary.Today, summary.Planned, summary.Queued, summary.AlreadySent, summary.WithoutRecipients);
        return summary;
    }

    /// <summary>The same reminder always gets the same e-mail id, so a reclaimed reminder is still sent at most once.</summary>
    public static string EmailId(ReminderKey key) =>
        "reminder-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key.ToString())))[..32];

    private static ReportingQuarter Quarter(CorrectionNotice notice) =>
        ReportingQuarter.TryParse(notice.Quarter, out var quarter)
            ? quarter
            : throw new InvalidDataException($"Correction notice {notice.Id} has an invalid quarter \"{notice.Quarter}\".");
}
