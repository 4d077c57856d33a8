using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using ReportFunctions.Http;

namespace ReportFunctions.Tests.Http;

public sealed class AdminKeyTests
{
    [Theory]
    [InlineData("s3cret", "s3cret", true)]
    [InlineData("s3cret", "s3cret ", false)]
    [InlineData("s3cret", "", false)]
    [InlineData("s3cret", null, false)]
    public void IsAuthorized_ComparesTheHeaderWithTheConfiguredKey(string key, string? presented, bool expected)
    {
        var adminKey = AdminKeyWith(new AdminOptions { Key = key });

        Assert.Equal(expected, adminKey.IsAuthorized(Request(presented)));
    }

    [Fact]
    public void IsAuthorized_AdmitsNobody_WithoutAKeyOutsideAzure()
    {
        var adminKey = AdminKeyWith(new AdminOptions());

        Assert.False(adminKey.IsAuthorized(Request("anything")));
    }

    [Fact]
    public void IsAuthorized_LeavesTheCheckToTheFunctionsHost_InAzureWithoutAKey()
    {
        var adminKey = AdminKeyWith(new AdminOptions { AzureInstanceId = "abc123" });

        Assert.True(adminKey.IsAuthorized(Request(null)));
    }

    [Fact]
    public void IsAuthorized_RefusesARequestWithTheKeyInTheQueryString_EvenWhereTheHostAdmittedIt()
    {
        var context = new DefaultHttpContext();
        context.Request.QueryString = new QueryString("?code=abc");

        Assert.False(AdminKeyWith(new AdminOptions { AzureInstanceId = "abc123" }).IsAuthorized(context.Request));
        context.Request.Headers[AdminKey.Header] = "s3cret";
        Assert.False(AdminKeyWith(new AdminOptions { Key = "s3cret" }).IsAuthorized(context.Request));
    }

    private static AdminKey AdminKeyWith(AdminOptions admin) =>
        new(Options.Create(admin), new RateLimits(Options.Create(new RateLimitOptions()), Options.Create(admin)));

    private static HttpRequest Request(string? key)
    {
        var context = new DefaultHttpContext();
        if (key is not null)
            context.Request.Headers[AdminKey.Header] = key;
        return context.Request;
    }
}
