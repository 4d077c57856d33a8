using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace ReportFunctions.Http;

/// <summary>Checks `x-functions-key` against REPORTS_ADMIN_KEY, in constant time, for the management routes.</summary>
public sealed class AdminKey(IOptions<AdminOptions> options, RateLimits limits)
{
    public const string Header = "x-functions-key";

    /// <summary>The host's query-string form of the key, refused here.</summary>
    public const string QueryKey = "code";

    /// <summary>
    /// Null when the request may go on; else 401, or 429 once the client address has failed too often (checked
    /// before the key, so a guesser gets no answer about its guesses until the window ends).
    /// </summary>
    public IActionResult? Refusal(HttpRequest request)
    {
        if (limits.RefuseAdminKeyCheck(request) is { } tooMany)
            return tooMany;
        if (IsAuthorized(request))
            return null;
        limits.AdminKeyCheckFailed(request);
        return ApiResults.Unauthorized();
    }

    /// <summary>
    /// True when the request carries the admin key. Without REPORTS_ADMIN_KEY in Azure, the Functions host has
    /// already enforced AuthorizationLevel.Function on these routes, so the host's check is the check;
    /// without it elsewhere (e.g. `func start`, which does not enforce keys) nobody is admitted.
    /// </summary>
    public bool IsAuthorized(HttpRequest request)
    {
        // The Functions host also admits a key as ?code=; this app does not: a URL ends up in logs, browser history
        // and Referer headers, so a request that carries one is refused even when the host let it through.
        if (request.Query.ContainsKey(QueryKey))
            return false;
        var expected = options.Value.Key;
        if (string.IsNullOrEmpty(expected))
            return !string.IsNullOrEmpty(options.Value.AzureInstanceId);
        return Matches(request.Headers[Header].ToString(), expected);
    }

    /// <summary>
    /// Compares in constant time; hashing first makes keys of different lengths take as long as equal ones, so
    /// the time taken tells nothing about the key. The local runner checks function keys with it too.
    /// </summary>
    public static bool Matches(string presented, string expected) =>
        CryptographicOperations.FixedTimeEquals(
            SHA256.HashData(Encoding.UTF8.GetBytes(presented)),
            SHA256.HashData(Encoding.UTF8.GetBytes(expected)));
}
