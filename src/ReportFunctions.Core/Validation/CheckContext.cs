using ReportFunctions.Core.Organizations;

namespace ReportFunctions.Core.Validation;

/// <summary>
/// What the caller of <see cref="ReportChecker"/> knows about a submission that the report does not say: the body's
/// deadline and the time the submission was received (rule <c>late</c>). The checker adds last year's report itself.
/// </summary>
/// <param name="Deadline">The deadline, when the caller has computed it; otherwise derived from <paramref name="Registered"/>.</param>
/// <param name="ReceivedAt">When the submission arrived.</param>
/// <param name="Registered">
/// The body's registry record: its kind and local override give the deadline for the report's year
/// (<see cref="Calendar.ReportDeadline.For"/>), whatever kind the report itself claims.
/// </param>
public sealed record CheckContext(DateOnly? Deadline = null, DateTimeOffset? ReceivedAt = null, OrganizationRecord? Registered = null)
{
    public static CheckContext None { get; } = new();

    /// <summary>The deadline for a report of <paramref name="year"/>: the one given, else the registry's, else none.</summary>
    public DateOnly? DeadlineFor(int year) =>
        Deadline ?? (Registered is { } record && year is > 0 and < 9999
            ? Calendar.ReportDeadline.For(record.Kind, record.DeadlineOverride, year)
            : null);
}
