namespace ReportFunctions.Email;

/// <param name="Count">Messages in the poison queue (approximate, as Storage reports it).</param>
/// <param name="Emails">The oldest of them, at most 32 (a queue peek's limit).</param>
public sealed record PoisonedEmailList(int Count, IReadOnlyList<PoisonedEmail> Emails);
