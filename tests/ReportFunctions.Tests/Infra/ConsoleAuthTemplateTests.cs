namespace ReportFunctions.Tests.Infra;

/// <summary>The optional App Service Authentication of the console: off unless a client id is given, and never closing the public routes.</summary>
public sealed class ConsoleAuthTemplateTests
{
    [Fact]
    public void MainTemplate_HasTheConsoleAuthParameters_OffByDefault()
    {
        var main = InfraFiles.Main;
        var parameters = main.Template.GetProperty("parameters");

        Assert.Equal("", parameters.GetProperty("consoleAuthClientId").GetProperty("defaultValue").GetString());
        Assert.Equal("ReportsAdmin", parameters.GetProperty("consoleRequiredRole").GetProperty("defaultValue").GetString());
        var passed = main.Resources("Microsoft.Resources/deployments").Single(d => d.GetProperty("name").GetString() == "functionApp")
            .GetProperty("properties").GetProperty("parameters");
        Assert.Equal("[parameters('consoleAuthClientId')]", passed.GetProperty("consoleAuthClientId").GetProperty("value").GetString());
        Assert.Equal("[parameters('consoleRequiredRole')]", passed.GetProperty("consoleRequiredRole").GetProperty("value").GetString());
    }

    [Fact]
    public void AuthSettings_AreDeployedOnlyWithAClientId_AndLetAnonymousRequestsThrough()
    {
        var auth = Assert.Single(InfraFiles.FunctionApp.Resources("Microsoft.Web/sites/config"), r => r.GetProperty("name").GetString()!.Contains("authsettingsV2", StringComparison.Ordinal));
        var properties = auth.GetProperty("properties");

        Assert.Equal("[not(empty(parameters('consoleAuthClientId')))]", auth.GetProperty("condition").GetString());
        Assert.True(properties.GetProperty("platform").GetProperty("enabled").GetBoolean());
        var validation = properties.GetProperty("globalValidation");
        Assert.False(validation.GetProperty("requireAuthentication").GetBoolean());
        Assert.Equal("AllowAnonymous", validation.GetProperty("unauthenticatedClientAction").GetString());
        var entra = properties.GetProperty("identityProviders").GetProperty("azureActiveDirectory");
        Assert.True(entra.GetProperty("enabled").GetBoolean());
        var registration = entra.GetProperty("registration");
        Assert.Equal("[parameters('consoleAuthClientId')]", registration.GetProperty("clientId").GetString());
        // The sovereign cloud's own login endpoint (Azure China), never a hard-coded login.microsoftonline.com.
        Assert.Contains("environment().authentication.loginEndpoint", registration.GetProperty("openIdIssuer").GetString(), StringComparison.Ordinal);
        Assert.False(registration.TryGetProperty("clientSecretSettingName", out _));
    }
}
