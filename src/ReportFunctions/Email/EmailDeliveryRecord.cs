namespace ReportFunctions.Email;

/// <summary>What is known about delivering one outbox e-mail.</summary>
public sealed record EmailDeliveryRecord(string Id, string Status, long Attempts, string? LastError, DateTimeOffset? SentAt);
