using System.Text;
using Microsoft.AspNetCore.Mvc;
using ReportFunctions.Functions;
using ReportFunctions.Http;
using ReportFunctions.Tests.Fixtures;
using ReportFunctions.Tests.Http;

namespace ReportFunctions.Tests.Functions;

/// <summary>The console behind App Service Authentication: the server renders whole pages for a user with the role, no script needed.</summary>
[Collection(ServicesCollection.Name)]
public sealed class ConsoleFunctionsTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private TestHost _host = null!;

    public async Task InitializeAsync() => _host = await TestHost.StartAsync(azurite, overrides: new Dictionary<string, string?>
    {
        ["WEBSITE_AUTH_ENABLED"] = "True",
        ["Console:RequiredRole"] = "ReportsAdmin",
    });

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task TheYearScreen_IsRenderedWhole_ForAnEasyAuthUserWithTheRole()
    {
        var (organization, _) = await _host.RegisterAsync();
        var request = _host.Request("GET", "/api/console?year=2021", headers: Principal(ClientPrincipalTests.EntraWithRole));

        var page = await RenderedResult.ExecuteAsync(await _host.Function<ConsoleFunctions>().ConsoleYear(request, default), request);

        Assert.Equal(200, page.StatusCode);
        Assert.Contains("2021年度报告报送情况", page.Body, StringComparison.Ordinal);
        Assert.Contains(organization.Id, page.Body, StringComparison.Ordinal);
        Assert.Contains("zhang.wei@gk.example.gov.cn", page.Body, StringComparison.Ordinal);
        Assert.Contains("href=\"/.auth/logout\"", page.Body, StringComparison.Ordinal);
        Assert.Contains("script-src 'self'", page.Headers.ContentSecurityPolicy.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheExport_IsAFileDownload_ForAnEasyAuthUserWithTheRole()
    {
        var (organization, _) = await _host.RegisterAsync();
        var request = _host.Request("GET", "/api/console/export?year=2021&format=csv&status=NotSubmitted", headers: Principal(ClientPrincipalTests.EntraWithRole));

        var file = Assert.IsType<FileContentResult>(await _host.Function<ConsoleFunctions>().ConsoleExport(request, default));

        Assert.Equal("2021年度报告报送情况.csv", file.FileDownloadName);
        var csv = Encoding.UTF8.GetString(file.FileContents);
        Assert.StartsWith("\uFEFF机构标识,", csv, StringComparison.Ordinal);
        Assert.Contains($"{organization.Id},", csv, StringComparison.Ordinal);
        Assert.Contains("未报送", csv, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheConsole_Refuses_AUserWithoutTheRole_AndShowsTheSignInPageWithoutAPrincipal()
    {
        var withoutRole = _host.Request("GET", "/api/console", headers: Principal(ClientPrincipalTests.EntraWithoutRole));
        var anonymous = _host.Request("GET", "/api/console/organizations");

        var refused = await RenderedResult.ExecuteAsync(await _host.Function<ConsoleFunctions>().ConsoleYear(withoutRole, default), withoutRole);
        var signIn = await RenderedResult.ExecuteAsync(await _host.Function<ConsoleOrganizationFunctions>().ConsoleOrganizations(anonymous, default), anonymous);

        Assert.Equal(403, refused.StatusCode);
        Assert.Equal(401, signIn.StatusCode);
        Assert.Contains("/.auth/login/aad?post_login_redirect_uri=%2Fapi%2Fconsole", signIn.Body, StringComparison.Ordinal);
    }

    private static Dictionary<string, string> Principal(string json) => new() { [ClientPrincipal.Header] = ClientPrincipalTests.Header(json) };
}
