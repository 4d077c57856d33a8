using ReportFunctions.Core.Reminders;

namespace ReportFunctions.Reminders;

/// <summary>A reminder the log records as queued on the outbox, with its e-mail's id.</summary>
public sealed record SentReminder(ReminderKey Key, string EmailId, DateTimeOffset QueuedAt);
