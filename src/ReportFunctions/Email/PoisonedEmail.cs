namespace ReportFunctions.Email;

/// <summary>An e-mail the queue gave up on, as the poison listing shows it.</summary>
/// <param name="Error">Why it failed: the last SMTP error, or why the message could not be read.</param>
public sealed record PoisonedEmail(
    string QueueMessageId,
    DateTimeOffset? InsertedOn,
    string? Id,
    IReadOnlyList<string> To,
    IReadOnlyList<string> Cc,
    string? Subject,
    long? Attempts,
    string? Error);
