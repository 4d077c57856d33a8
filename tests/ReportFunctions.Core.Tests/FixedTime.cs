namespace ReportFunctions.Core.Tests;

/// <summary>A clock stopped at one instant, so year-boundary rules are tested on fixed dates.</summary>
public sealed class FixedTime(DateTimeOffset now) : TimeProvider
{
    /// <summary>15 March 2026 Beijing time: 2025 reports are current, 2026 ones are from the current year.</summary>
    public static FixedTime Default { get; } = new(new DateTimeOffset(2026, 3, 15, 10, 0, 0, TimeSpan.FromHours(8)));

    public override DateTimeOffset GetUtcNow() => now.ToUniversalTime();
}
