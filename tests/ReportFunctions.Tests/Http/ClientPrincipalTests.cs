using System.Text;
using ReportFunctions.Http;

namespace ReportFunctions.Tests.Http;

/// <summary>X-MS-CLIENT-PRINCIPAL as App Service Authentication sends it for Microsoft Entra ID (the documented shape).</summary>
public sealed class ClientPrincipalTests
{
    /// <summary>An Entra ID v2 sign-in with the app role, as App Service passes it (claims after its default mapping).</summary>
    public const string EntraWithRole = """
        {"auth_typ":"aad","claims":[
          {"typ":"aud","val":"6b0e5e2d-91c4-4f4e-9d5a-2f1c3b7a8e10"},
          {"typ":"iss","val":"https://login.microsoftonline.com/72f988bf-86f1-41af-91ab-2d7cd011db47/v2.0"},
          {"typ":"iat","val":"1767225600"},
          {"typ":"http://schemas.xmlsoap.org/ws/2005/05/identity/claims/emailaddress","val":"zhang.wei@gk.example.gov.cn"},
          {"typ":"name","val":"张伟"},
          {"typ":"http://schemas.microsoft.com/identity/claims/objectidentifier","val":"0f5c1d6e-3a8b-4c2d-9e7f-112233445566"},
          {"typ":"preferred_username","val":"zhang.wei@gk.example.gov.cn"},
          {"typ":"roles","val":"ReportsAdmin"},
          {"typ":"roles","val":"Reader"},
          {"typ":"http://schemas.microsoft.com/identity/claims/tenantid","val":"72f988bf-86f1-41af-91ab-2d7cd011db47"},
          {"typ":"ver","val":"2.0"}],
         "name_typ":"http://schemas.xmlsoap.org/ws/2005/05/identity/claims/emailaddress",
         "role_typ":"http://schemas.microsoft.com/ws/2008/06/identity/claims/role"}
        """;

    /// <summary>The same user without any app role assigned.</summary>
    public const string EntraWithoutRole = """
        {"auth_typ":"aad","claims":[
          {"typ":"name","val":"李娜"},
          {"typ":"preferred_username","val":"li.na@gk.example.gov.cn"},
          {"typ":"ver","val":"2.0"}],
         "name_typ":"http://schemas.xmlsoap.org/ws/2005/05/identity/claims/name",
         "role_typ":"http://schemas.microsoft.com/ws/2008/06/identity/claims/role"}
        """;

    public static string Header(string json) => Convert.ToBase64String(Encoding.UTF8.GetBytes(json));

    [Fact]
    public void Parse_ReadsTheRolesAndTheNameClaimTheHeaderNames()
    {
        var principal = ClientPrincipal.Parse(Header(EntraWithRole))!;

        Assert.Equal("aad", principal.IdentityProvider);
        Assert.Equal("zhang.wei@gk.example.gov.cn", principal.Name);
        Assert.Equal(["ReportsAdmin", "Reader"], principal.Roles);
        Assert.True(principal.HasRole("ReportsAdmin"));
        Assert.False(principal.HasRole("reportsadmin"));
    }

    [Fact]
    public void Parse_ReadsRolesUnderTheRoleClaimUri_AndFallsBackToTheNameClaim()
    {
        var json = """
            {"auth_typ":"aad","claims":[{"typ":"name","val":"王芳"},
              {"typ":"http://schemas.microsoft.com/ws/2008/06/identity/claims/role","val":"ReportsAdmin"}],
             "name_typ":"http://schemas.xmlsoap.org/ws/2005/05/identity/claims/emailaddress",
             "role_typ":"http://schemas.microsoft.com/ws/2008/06/identity/claims/role"}
            """;

        var principal = ClientPrincipal.Parse(Header(json))!;

        Assert.Equal("王芳", principal.Name);
        Assert.True(principal.HasRole("ReportsAdmin"));
    }

    [Fact]
    public void Parse_GivesNoRoles_ForAUserWithoutAnAppRole()
    {
        var principal = ClientPrincipal.Parse(Header(EntraWithoutRole))!;

        Assert.Equal("李娜", principal.Name);
        Assert.Empty(principal.Roles);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("not base64 at all!")]
    [InlineData("bm90IGpzb24=")] // "not json"
    [InlineData("eyJhdXRoX3R5cCI6ImFhZCJ9")] // {"auth_typ":"aad"}: no claims
    [InlineData("WzEsMiwzXQ==")] // [1,2,3]
    public void Parse_IsNull_ForAHeaderThatIsNoPrincipal(string? header) =>
        Assert.Null(ClientPrincipal.Parse(header));

    [Fact]
    public void Parse_IgnoresClaimsWhoseValueIsNoString()
    {
        var principal = ClientPrincipal.Parse(Header("""{"auth_typ":"aad","claims":[{"typ":"roles","val":7},{"typ":"roles","val":"ReportsAdmin"}]}"""))!;

        Assert.Equal(["ReportsAdmin"], principal.Roles);
    }
}
