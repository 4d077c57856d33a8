using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using ReportFunctions.Pages;

namespace ReportFunctions.Http;

/// <summary>
/// Lets only the supervising office into the console. Its routes are anonymous at the host (so a browser without
/// credentials gets the sign-in page, not a blank 401) and decide here: an Easy Auth user with the app role
/// (Console:RequiredRole), or the admin key REPORTS_ADMIN_KEY in `x-functions-key`, which the console's script
/// sends once signed in. Never a key in the query string. POSTs from another site are refused (Easy Auth's cookie
/// would otherwise carry them).
/// </summary>
public sealed class ConsoleAccess(IOptions<ConsoleOptions> options, IOptions<AdminOptions> admin, RateLimits limits)
{
    public ConsoleGate Check(HttpRequest request)
    {
        if (HttpMethods.IsPost(request.Method) && IsCrossSite(request))
            return Refused(new HtmlPage(ConsoleSignInPage.Render(ConsoleSignInPage.Reason.CrossSite), PageLayout.ContentSecurityPolicy, StatusCodes.Status403Forbidden));

        if (admin.Value.TrustsClientPrincipal && ClientPrincipal.Parse(request.Headers[ClientPrincipal.Header]) is { } principal)
        {
            if (principal.HasRole(options.Value.RequiredRole))
                return new ConsoleGate(null, new ConsoleViewer(principal.Name ?? "统一身份认证用户", true));
            return Refused(new HtmlPage(ConsoleSignInPage.Render(ConsoleSignInPage.Reason.NoRole), PageLayout.ContentSecurityPolicy, StatusCodes.Status403Forbidden));
        }

        var presented = request.Headers[AdminKey.Header].ToString();
        if (presented.Length == 0)
            return Refused(SignIn(ConsoleSignInPage.Reason.None));
        if (limits.RefuseAdminKeyCheck(request) is { } tooMany)
            return Refused(tooMany);
        // Only a configured key admits: in Azure without REPORTS_ADMIN_KEY, sign-in is Easy Auth's alone.
        if (admin.Value.Key is { Length: > 0 } expected && AdminKey.Matches(presented, expected))
            return new ConsoleGate(null, new ConsoleViewer("管理密钥用户", false));
        limits.AdminKeyCheckFailed(request);
        return Refused(SignIn(ConsoleSignInPage.Reason.WrongKey));
    }

    private HtmlPage SignIn(ConsoleSignInPage.Reason reason) => new(
        ConsoleSignInPage.Render(reason, admin.Value.TrustsClientPrincipal), PageLayout.ContentSecurityPolicy, StatusCodes.Status401Unauthorized);

    private static ConsoleGate Refused(IActionResult refusal) => new(refusal, new ConsoleViewer("", false));

    private static bool IsCrossSite(HttpRequest request)
    {
        var site = request.Headers["Sec-Fetch-Site"].ToString();
        if (site is "cross-site" or "same-site")
            return true;
        var origin = request.Headers.Origin.ToString();
        return origin.Length > 0 && (!Uri.TryCreate(origin, UriKind.Absolute, out var uri) || !string.Equals(uri.Authority, request.Host.Value, StringComparison.OrdinalIgnoreCase));
    }
}
