using System.ComponentModel.DataAnnotations;

namespace ReportFunctions.Http;

/// <summary>
/// In-process limits on what an anonymous caller can make one instance do (`RateLimits__…` in the environment):
/// failed token checks on POST /api/reports, failed admin-key checks, and every POST /api/reports/validate.
/// Each counts within a fixed window of <see cref="Window"/>; each instance counts on its own, so global limits
/// belong at the edge (Front Door WAF or API Management).
/// </summary>
public sealed class RateLimitOptions
{
    public const string Section = "RateLimits";

    /// <summary>Failed token checks on POST /api/reports from one client address, per window.</summary>
    [Range(1, 1_000_000)]
    public int FailedTokenChecksPerAddress { get; init; } = 10;

    /// <summary>Failed token checks for one organization (the one the token or the report names), per window.</summary>
    [Range(1, 1_000_000)]
    public int FailedTokenChecksPerOrganization { get; init; } = 10;

    /// <summary>Failed admin-key checks on the management routes from one client address, per window.</summary>
    [Range(1, 1_000_000)]
    public int AdminKeyFailuresPerAddress { get; init; } = 10;

    /// <summary>Requests to POST /api/reports/validate from one client address, per window.</summary>
    [Range(1, 1_000_000)]
    public int ValidationsPerAddress { get; init; } = 60;

    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan Window { get; init; } = TimeSpan.FromMinutes(1);

    /// <summary>
    /// Whether the client address is the first address of X-Forwarded-For (set by the App Service front ends and
    /// Azure Front Door) rather than the connection's peer. Unset: trusted in Azure (WEBSITE_INSTANCE_ID is set),
    /// where the worker only ever sees the Functions host as its peer; not trusted elsewhere, where any caller
    /// could write the header.
    /// </summary>
    public bool? TrustForwardedFor { get; init; }
}
