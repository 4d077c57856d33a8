namespace ReportFunctions.Tests.Infra;

/// <summary>
/// Every setting the code reads is set by the Bicep template, and the template sets nothing that no code
/// reads (apart from the platform's own settings). The code side comes from reflection over the app
/// assembly (<see cref="SettingsTheCodeReads"/>); the template side from the app settings resource in
/// infra/modules/functionApp.bicep (<see cref="BicepSource"/>). App settings use "__" for ":".
/// </summary>
public sealed class AppSettingsAgreeWithTemplateTests
{
    // Read by the Functions host or the platform, or set by the platform itself; no options class binds them.
    private static readonly string[] PlatformPrefixes =
        ["FUNCTIONS_", "APPLICATIONINSIGHTS_", "WEBSITE_", "AzureWebJobsStorage:", "AzureFunctionsJobHost:", "SCM_"];

    private static readonly IReadOnlySet<string> CodeReads =
        SettingsTheCodeReads.In(typeof(ServiceCollectionExtensions).Assembly);

    private static readonly IReadOnlyList<string> TemplateSets = TemplateAppSettings();

    [Fact]
    public void Template_SetsEverySettingTheCodeReads()
    {
        var missing = CodeReads
            .Where(key => !IsPlatform(key))
            .Where(key => !TemplateSets.Any(setting => Satisfies(setting, key)))
            .Order(StringComparer.Ordinal)
            .ToList();

        Assert.True(missing.Count == 0,
            "Read by the code but not set in infra/modules/functionApp.bicep (add them to appSettings): " +
            string.Join(", ", missing.Select(AppSettingName)));
    }

    [Fact]
    public void Template_SetsNoAppSettingThatNoCodeReads()
    {
        var unread = TemplateSets
            .Where(setting => !IsPlatform(setting))
            .Where(setting => !CodeReads.Contains(setting))
            .Order(StringComparer.Ordinal)
            .ToList();

        Assert.True(unread.Count == 0,
            "Set in infra/modules/functionApp.bicep but read by no code: " + string.Join(", ", unread.Select(AppSettingName)));
    }

    [Fact]
    public void SettingsTheCodeReads_FindOptionsSectionsAndTopLevelNames()
    {
        // Guards the reflection itself: were it to find nothing, both directions above would pass vacuously.
        Assert.Contains("Queues:Submissions", CodeReads);
        Assert.Contains("Smtp:Host", CodeReads);
        Assert.Contains("REPORTS_ADMIN_KEY", CodeReads);
        Assert.Contains("AzureWebJobsStorage", CodeReads);
    }

    [Fact]
    public void TemplateAppSettings_AreIdentityBasedWithoutKeys()
    {
        Assert.Contains("AzureWebJobsStorage:blobServiceUri", TemplateSets);
        Assert.Contains("AzureWebJobsStorage:queueServiceUri", TemplateSets);
        Assert.Contains("AzureWebJobsStorage:tableServiceUri", TemplateSets);
        Assert.Contains("AzureWebJobsStorage:credential", TemplateSets);
        Assert.Contains("AzureWebJobsStorage:clientId", TemplateSets);
        Assert.Contains("APPLICATIONINSIGHTS_AUTHENTICATION_STRING", TemplateSets);
        Assert.DoesNotContain("AzureWebJobsStorage", TemplateSets);
        Assert.DoesNotContain("APPINSIGHTS_INSTRUMENTATIONKEY", TemplateSets);
        Assert.DoesNotContain("WEBSITE_CONTENTAZUREFILECONNECTIONSTRING", TemplateSets);
    }

    [Fact]
    public void TemplateAppSettings_ReadTheSmtpPasswordThroughKeyVault_AndLeaveTheAdminKeyEmptyForTheHostsKeys()
    {
        var settings = InfraFiles.FunctionApp.Variable("appSettings");

        Assert.Matches(@"Smtp__Password:\s*'@Microsoft\.KeyVault\(SecretUri=\$\{\w+\}\)'", settings);
        // In Azure the host checks x-functions-key against its own keys and the app trusts it only while
        // REPORTS_ADMIN_KEY is empty; a Key Vault reference to a secret that may not exist would resolve to its
        // literal "@Microsoft.KeyVault(...)" text and lock every admin out.
        Assert.Matches(@"(?m)^\s*REPORTS_ADMIN_KEY:\s*''\s*$", settings);
        foreach (var file in InfraFiles.AllBicepFiles)
            Assert.DoesNotContain("admin-key", File.ReadAllText(file), StringComparison.OrdinalIgnoreCase);
    }

    private static IReadOnlyList<string> TemplateAppSettings()
    {
        var functionApp = InfraFiles.FunctionApp;
        var variables = functionApp.UnionArguments("Microsoft.Web/sites/config");
        var keys = variables.SelectMany(functionApp.ObjectKeys).Select(key => key.Replace("__", ":", StringComparison.Ordinal)).ToList();
        Assert.True(keys.Count >= 10, $"Found only {keys.Count} app settings in {functionApp.FilePath}: {string.Join(", ", keys)}");
        Assert.Equal(keys.Count, keys.Distinct(StringComparer.OrdinalIgnoreCase).Count());
        return keys;
    }

    private static bool IsPlatform(string key) =>
        PlatformPrefixes.Any(prefix => key.StartsWith(prefix, StringComparison.OrdinalIgnoreCase));

    // A connection name is satisfied by its identity-based form: AzureWebJobsStorage by AzureWebJobsStorage:blobServiceUri etc.
    private static bool Satisfies(string setting, string key) =>
        string.Equals(setting, key, StringComparison.OrdinalIgnoreCase) ||
        setting.StartsWith(key + ":", StringComparison.OrdinalIgnoreCase);

    private static string AppSettingName(string key) => key.Replace(":", "__", StringComparison.Ordinal);
}
