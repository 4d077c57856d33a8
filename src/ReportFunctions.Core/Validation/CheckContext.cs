namespace ReportFunctions.Core.Validation;

/// <summary>
/// What the caller of <see cref="ReportChecker"/> knows about a submission that the report does not say: the body's
/// deadline from the registry (<c>ReportDeadline.For(kind, override, year)</c>) and the time it was received.
/// The checker adds last year's report itself.
/// </summary>
public sealed record CheckContext(DateOnly? Deadline = null, DateTimeOffset? ReceivedAt = null)
{
    public static CheckContext None { get; } = new();
}
