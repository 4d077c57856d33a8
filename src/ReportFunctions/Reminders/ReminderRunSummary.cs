namespace ReportFunctions.Reminders;

/// <param name="Today">The day planned for, in China Standard Time.</param>
/// <param name="Queued">Reminders put on the outbox by this run.</param>
/// <param name="AlreadySent">Reminders the ReminderLog shows an earlier (or concurrent) run has taken.</param>
/// <param name="WithoutRecipients">Reminders for organizations with no contact address, not sent.</param>
public sealed record ReminderRunSummary(DateOnly Today, int Planned, int Queued, int AlreadySent, int WithoutRecipients);
