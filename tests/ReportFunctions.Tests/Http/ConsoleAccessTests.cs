using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using ReportFunctions.Http;
using ReportFunctions.Tests.Fixtures;

namespace ReportFunctions.Tests.Http;

public sealed class ConsoleAccessTests
{
    [Fact]
    public async Task Check_AdmitsAnEasyAuthUserWithTheRole_OnlyWhereAppServiceSetsTheHeader()
    {
        var header = new Dictionary<string, string> { [ClientPrincipal.Header] = ClientPrincipalTests.Header(ClientPrincipalTests.EntraWithRole) };

        var inAzure = Access(easyAuth: true).Check(Request("GET", header));
        var elsewhere = Access(easyAuth: false).Check(Request("GET", header));

        Assert.Null(inAzure.Refusal);
        Assert.Equal("zhang.wei@gk.example.gov.cn", inAzure.Viewer.Name);
        Assert.True(inAzure.Viewer.SignedInWithEasyAuth);
        // Without App Service Authentication anybody can send the header: it is ignored and the sign-in page shown.
        Assert.Equal(StatusCodes.Status401Unauthorized, await StatusAsync(elsewhere));
    }

    [Fact]
    public async Task Check_RefusesAnEasyAuthUserWithoutTheRole_With403()
    {
        var request = Request("GET", new Dictionary<string, string> { [ClientPrincipal.Header] = ClientPrincipalTests.Header(ClientPrincipalTests.EntraWithoutRole) });

        var gate = Access(easyAuth: true).Check(request);

        Assert.Equal(StatusCodes.Status403Forbidden, await StatusAsync(gate));
        Assert.Contains("没有使用管理台的权限", await BodyAsync(gate), StringComparison.Ordinal);
    }

    [Fact]
    public void Check_UsesTheConfiguredRole()
    {
        var request = Request("GET", new Dictionary<string, string> { [ClientPrincipal.Header] = ClientPrincipalTests.Header(ClientPrincipalTests.EntraWithRole) });

        Assert.Null(Access(easyAuth: true, role: "Reader").Check(request).Refusal);
        Assert.NotNull(Access(easyAuth: true, role: "Auditor").Check(request).Refusal);
    }

    [Fact]
    public async Task Check_AdmitsTheAdminKeyHeader_AndShowsTheSignInPageWithoutOrWithAWrongOne()
    {
        var access = Access(easyAuth: false);

        var right = access.Check(Request("GET", new Dictionary<string, string> { [AdminKey.Header] = TestHost.AdminKey }));
        var wrong = access.Check(Request("GET", new Dictionary<string, string> { [AdminKey.Header] = "guess" }));
        var none = access.Check(Request("GET"));

        Assert.Null(right.Refusal);
        Assert.False(right.Viewer.SignedInWithEasyAuth);
        Assert.Equal(StatusCodes.Status401Unauthorized, await StatusAsync(wrong));
        Assert.Contains("管理密钥不正确", await BodyAsync(wrong), StringComparison.Ordinal);
        Assert.Equal(StatusCodes.Status401Unauthorized, await StatusAsync(none));
        Assert.Contains("id=\"console-signin\"", await BodyAsync(none), StringComparison.Ordinal);
    }

    [Fact]
    public void Check_NeverAdmitsAKey_InAzureWithoutREPORTS_ADMIN_KEY()
    {
        // The management API leaves the key to the Functions host there; the console's routes are anonymous at the host.
        var access = Access(easyAuth: true, key: null);

        Assert.NotNull(access.Check(Request("GET", new Dictionary<string, string> { [AdminKey.Header] = "anything" })).Refusal);
    }

    [Theory]
    [InlineData("Origin", "https://evil.example.com")]
    [InlineData("Sec-Fetch-Site", "cross-site")]
    public async Task Check_RefusesPostsFromAnotherSite_EvenWithTheKey(string name, string value)
    {
        var request = Request("POST", new Dictionary<string, string> { [AdminKey.Header] = TestHost.AdminKey, [name] = value });

        Assert.Equal(StatusCodes.Status403Forbidden, await StatusAsync(Access(easyAuth: false).Check(request)));
    }

    [Fact]
    public void Check_AdmitsPostsFromTheConsoleItself()
    {
        var request = Request("POST", new Dictionary<string, string>
        {
            [AdminKey.Header] = TestHost.AdminKey, ["Origin"] = "http://127.0.0.1:7071", ["Sec-Fetch-Site"] = "same-origin",
        });

        Assert.Null(Access(easyAuth: false).Check(request).Refusal);
    }

    private static ConsoleAccess Access(bool easyAuth, string role = "ReportsAdmin", string? key = TestHost.AdminKey)
    {
        var admin = Options.Create(new AdminOptions { Key = key, AzureInstanceId = easyAuth ? "abc123" : null, EasyAuthEnabled = easyAuth ? "True" : null });
        return new ConsoleAccess(
            Options.Create(new ConsoleOptions { RequiredRole = role }),
            admin,
            new RateLimits(Options.Create(new RateLimitOptions()), admin));
    }

    private static HttpRequest Request(string method, IDictionary<string, string>? headers = null)
    {
        var context = new DefaultHttpContext();
        context.Request.Method = method;
        context.Request.Host = new HostString("127.0.0.1", 7071);
        context.Connection.RemoteIpAddress = System.Net.IPAddress.Parse($"10.0.{Random.Shared.Next(255)}.{Random.Shared.Next(255)}");
        foreach (var (name, value) in headers ?? new Dictionary<string, string>())
            context.Request.Headers[name] = value;
        return context.Request;
    }

    private static async Task<int> StatusAsync(ConsoleGate gate) =>
        (await RenderedResult.ExecuteAsync(gate.Refusal!, new DefaultHttpContext().Request)).StatusCode;

    private static async Task<string> BodyAsync(ConsoleGate gate) =>
        (await RenderedResult.ExecuteAsync(gate.Refusal!, new DefaultHttpContext().Request)).Body;
}
