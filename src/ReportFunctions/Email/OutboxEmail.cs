namespace ReportFunctions.Email;

/// <summary>An e-mail waiting on the outbox queue. The id is stable across redeliveries and re-enqueues.</summary>
public sealed record OutboxEmail(
    string Id,
    IReadOnlyList<string> To,
    IReadOnlyList<string> Cc,
    string Subject,
    string Text,
    string Html);
