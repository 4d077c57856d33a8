using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace ReportFunctions.Http;

/// <summary>
/// The app's in-process rate limits, one fixed-window limiter per client address or organization
/// (<see cref="RateLimitOptions"/>). Failures are counted after they happen and checked before the next attempt:
/// once a key has used its window, its requests are refused with 429 before any token or key is looked at, so a
/// guesser learns nothing more until the window ends. Counted per instance.
/// </summary>
public sealed class RateLimits : IDisposable
{
    private readonly TimeSpan _window;
    private readonly bool _trustForwardedFor;
    private readonly PartitionedRateLimiter<string> _tokenFailuresByAddress;
    private readonly PartitionedRateLimiter<string> _tokenFailuresByOrganization;
    private readonly PartitionedRateLimiter<string> _adminKeyFailuresByAddress;
    private readonly PartitionedRateLimiter<string> _validationsByAddress;

    public RateLimits(IOptions<RateLimitOptions> options, IOptions<AdminOptions> admin)
    {
        var limits = options.Value;
        _window = limits.Window;
        _trustForwardedFor = limits.TrustForwardedFor ?? !string.IsNullOrEmpty(admin.Value.AzureInstanceId);
        _tokenFailuresByAddress = FixedWindow(limits.FailedTokenChecksPerAddress);
        _tokenFailuresByOrganization = FixedWindow(limits.FailedTokenChecksPerOrganization);
        _adminKeyFailuresByAddress = FixedWindow(limits.AdminKeyFailuresPerAddress);
        _validationsByAddress = FixedWindow(limits.ValidationsPerAddress);
    }

    /// <summary>429 when the client address, or the organization when given, has used its failed token checks.</summary>
    public IActionResult? RefuseTokenCheck(HttpRequest request, string? organization) =>
        Exhausted(request, _tokenFailuresByAddress, Address(request)) ??
        (organization is null ? null : Exhausted(request, _tokenFailuresByOrganization, organization));

    public void TokenCheckFailed(HttpRequest request, string? organization)
    {
        Count(_tokenFailuresByAddress, Address(request));
        if (organization is not null)
            Count(_tokenFailuresByOrganization, organization);
    }

    /// <summary>429 when the client address has used its failed admin-key checks.</summary>
    public IActionResult? RefuseAdminKeyCheck(HttpRequest request) =>
        Exhausted(request, _adminKeyFailuresByAddress, Address(request));

    public void AdminKeyCheckFailed(HttpRequest request) => Count(_adminKeyFailuresByAddress, Address(request));

    /// <summary>Counts this validation; 429 when the client address has used its window.</summary>
    public IActionResult? RefuseValidation(HttpRequest request)
    {
        using var lease = _validationsByAddress.AttemptAcquire(Address(request));
        return lease.IsAcquired ? null : TooMany(request, lease);
    }

    public void Dispose()
    {
        _tokenFailuresByAddress.Dispose();
        _tokenFailuresByOrganization.Dispose();
        _adminKeyFailuresByAddress.Dispose();
        _validationsByAddress.Dispose();
    }

    private string Address(HttpRequest request) => ClientAddress.Of(request, _trustForwardedFor);

    // Acquiring no permits asks whether any are left without using one.
    private IActionResult? Exhausted(HttpRequest request, PartitionedRateLimiter<string> limiter, string key)
    {
        using var lease = limiter.AttemptAcquire(key, permitCount: 0);
        return lease.IsAcquired ? null : TooMany(request, lease);
    }

    private static void Count(PartitionedRateLimiter<string> limiter, string key) =>
        limiter.AttemptAcquire(key).Dispose();

    // A fixed window's refusal says when the next window starts at the latest: one whole window.
    private IActionResult TooMany(HttpRequest request, RateLimitLease lease) =>
        ApiResults.TooManyRequests(request.HttpContext.Response, lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? retryAfter : _window);

    private PartitionedRateLimiter<string> FixedWindow(int permits) =>
        PartitionedRateLimiter.Create<string, string>(key => RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = permits,
            Window = _window,
            QueueLimit = 0,
            AutoReplenishment = true,
        }));
}
