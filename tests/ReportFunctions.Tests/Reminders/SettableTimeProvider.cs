namespace ReportFunctions.Tests.Reminders;

/// <summary>A clock the test sets: reminder rules are about calendar days, so tests pin "now".</summary>
public sealed class SettableTimeProvider(DateTimeOffset now) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = now;

    public override DateTimeOffset GetUtcNow() => Now.ToUniversalTime();
}
