using System.Net;
using ReportFunctions.Pages;

namespace ReportFunctions.Tests.Browser;

/// <summary>The pages' own files as a browser gets them: linked by hash, cached as immutable, nothing else loaded.</summary>
[Collection(BrowserCollection.Name)]
public sealed class PageAssetsInBrowserTests(BrowserFixture app)
{
    [Fact]
    public async Task SiteCss_IsServedByItsHashAsImmutable_AndRevalidatedWithoutIt()
    {
        using var hashed = await app.Http.GetAsync(PageAssets.Url("site.css"));
        Assert.Equal(HttpStatusCode.OK, hashed.StatusCode);
        Assert.Equal("text/css", hashed.Content.Headers.ContentType!.MediaType);
        Assert.Contains("immutable", hashed.Headers.CacheControl!.ToString(), StringComparison.Ordinal);
        Assert.Contains("header.site", await hashed.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        using var plain = await app.Http.GetAsync(PageAssets.RoutePrefix + "site.css");
        Assert.True(plain.Headers.CacheControl!.NoCache);
        using var revalidate = new HttpRequestMessage(HttpMethod.Get, PageAssets.RoutePrefix + "site.css");
        revalidate.Headers.IfNoneMatch.Add(plain.Headers.ETag!);
        using var notModified = await app.Http.SendAsync(revalidate);
        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);

        using var unknown = await app.Http.GetAsync(PageAssets.RoutePrefix + "nothing.js");
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }

    [Fact]
    public async Task TheForm_LoadsInChromium_WithoutAnyRequestLeavingTheApp()
    {
        var page = await app.NewPageAsync(BrowserFixture.Phone);
        var elsewhere = new List<string>();
        page.Request += (_, request) =>
        {
            if (!request.Url.StartsWith(app.BaseUrl, StringComparison.Ordinal) && !request.Url.StartsWith("data:", StringComparison.Ordinal))
                elsewhere.Add(request.Url);
        };

        var response = await page.GotoAsync("/api/form");

        Assert.Equal(200, response!.Status);
        Assert.Equal("政府信息公开工作年度报告填报 - 政府信息公开工作年度报告", await page.TitleAsync());
        Assert.Empty(elsewhere);
    }
}
