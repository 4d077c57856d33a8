using ReportFunctions.Email;

namespace ReportFunctions.Oversight;

/// <summary>An e-mail the app queued for a body, what it was about, and what its delivery record says (null: not tried yet).</summary>
public sealed record BodyEmail(string Id, string About, DateTimeOffset? QueuedAt, EmailDeliveryRecord? Delivery);
