using System.Text.Json;
using System.Text.RegularExpressions;

namespace ReportFunctions.Tests.Infra;

/// <summary>
/// Every setting the code reads is set by the Bicep template, and the template sets nothing that no code
/// reads (apart from the platform's own settings). The code side comes from reflection over the app
/// assembly (<see cref="SettingsTheCodeReads"/>); the template side from the app settings resource of
/// infra/modules/functionApp.bicep in the compiled ARM JSON (<see cref="BicepTemplate"/>). App settings use
/// "__" for ":".
/// </summary>
public sealed class AppSettingsAgreeWithTemplateTests
{
    // Read by the Functions host or the platform, or set by the platform itself; no options class binds them.
    private static readonly string[] PlatformPrefixes =
        ["FUNCTIONS_", "APPLICATIONINSIGHTS_", "WEBSITE_", "AzureWebJobsStorage:", "AzureWebJobsDisableHomepage", "AzureFunctionsJobHost:", "SCM_"];

    // Sections whose defaults in code are right in Azure too, so the template leaves them out (it may still set
    // one that must differ): RateLimitOptions, whose TrustForwardedFor follows WEBSITE_INSTANCE_ID when unset;
    // CorsOptions, whose default (no other origin) is right until a government website hosts a copy of the form.
    private static readonly string[] DefaultedInCode = ["RateLimits:", "Cors:"];

    private static readonly IReadOnlySet<string> CodeReads =
        SettingsTheCodeReads.In(typeof(ServiceCollectionExtensions).Assembly);

    private static readonly IReadOnlyList<string> TemplateSets = TemplateAppSettings();

    [Fact]
    public void Template_SetsEverySettingTheCodeReads()
    {
        var missing = CodeReads
            .Where(key => !IsPlatform(key))
            .Where(key => !DefaultedInCode.Any(section => key.StartsWith(section, StringComparison.OrdinalIgnoreCase)))
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
        Assert.Contains("RateLimits:FailedTokenChecksPerAddress", CodeReads);
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
        var functionApp = InfraFiles.FunctionApp;
        var settings = functionApp.Variable("appSettings");

        Assert.Equal(
            "[format('@Microsoft.KeyVault(SecretUri={0})', parameters('smtpCredentialUri'))]",
            settings.GetProperty("Smtp__Password").GetString());
        // ...and that parameter is the secret's URI from the Key Vault module.
        var functionAppDeployment = InfraFiles.Main.Resources("Microsoft.Resources/deployments")
            .Single(d => d.GetProperty("name").GetString() == "functionApp");
        Assert.Equal(
            "[reference('keyVault').outputs.smtpCredentialUri.value]",
            functionAppDeployment.GetProperty("properties").GetProperty("parameters").GetProperty("smtpCredentialUri").GetProperty("value").GetString());
        // In Azure the host checks x-functions-key against its own keys and the app trusts it only while
        // REPORTS_ADMIN_KEY is empty; a Key Vault reference to a secret that may not exist would resolve to its
        // literal "@Microsoft.KeyVault(...)" text and lock every admin out.
        Assert.Equal(JsonValueKind.String, settings.GetProperty("REPORTS_ADMIN_KEY").ValueKind);
        Assert.Equal("", settings.GetProperty("REPORTS_ADMIN_KEY").GetString());
        Assert.DoesNotContain("admin-key", InfraFiles.Main.Json, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// The keys of the app settings resource. Its compiled properties are one ARM expression,
    /// <c>[union(variables('hostStorageSettings'), …, if(variables('isFlex'), createObject(), variables('elasticPremiumSettings')), variables('appSettings'), createObject('Reports__PublicBaseUrl', …))]</c>:
    /// the settings live in variables that compile to plain JSON objects (their property names are the
    /// keys), except Reports__PublicBaseUrl, whose value needs reference() and so is inlined by the compiler.
    /// Rather than evaluate ARM expressions, this reads exactly those two shapes and fails on anything
    /// else that could hide a key: a named variable that builds an object in an expression, or an inline
    /// object with more than one key.
    /// </summary>
    private static IReadOnlyList<string> TemplateAppSettings()
    {
        var functionApp = InfraFiles.FunctionApp;
        // The site's app settings; the other config resource is the optional authsettingsV2 (ConsoleAuthTemplateTests).
        var resource = Assert.Single(functionApp.Resources("Microsoft.Web/sites/config"),
            r => r.GetProperty("name").GetString()!.Contains("appsettings", StringComparison.Ordinal));
        var properties = resource.GetProperty("properties").GetString()
            ?? throw new InvalidOperationException("The app settings resource's properties are not an ARM expression.");
        Assert.StartsWith("[union(", properties);

        var keys = new List<string>();
        foreach (var name in Regex.Matches(properties, @"variables\('(?<name>\w+)'\)").Select(m => m.Groups["name"].Value).Distinct())
        {
            var value = functionApp.Variable(name);
            if (value.ValueKind == JsonValueKind.Object)
                keys.AddRange(value.EnumerateObject().Select(p => p.Name));
            else
                Assert.False(value.ToString().Contains("createObject(", StringComparison.OrdinalIgnoreCase),
                    $"Variable '{name}' builds app settings in an expression ({value}); keep it a plain object and put the condition in the union.");
        }

        foreach (Match inline in Regex.Matches(properties, @"createObject\((?!\))"))
        {
            var arguments = ArgumentCount(properties, inline.Index + inline.Length);
            Assert.True(arguments == 2, $"An inline object in the app settings has {arguments / 2} keys; only one setting (needing reference()) belongs inline: {properties}");
            var key = Regex.Match(properties[(inline.Index + inline.Length)..], @"\A'(?<key>\w+)',");
            Assert.True(key.Success, $"An inline object in the app settings does not start with a literal key: {properties}");
            keys.Add(key.Groups["key"].Value);
        }

        keys = keys.Select(key => key.Replace("__", ":", StringComparison.Ordinal)).ToList();
        Assert.True(keys.Count >= 10, $"Found only {keys.Count} app settings in {functionApp.Source}: {string.Join(", ", keys)}");
        Assert.Equal(keys.Count, keys.Distinct(StringComparer.OrdinalIgnoreCase).Count());
        return keys;
    }

    // The number of arguments of the ARM function call whose argument list starts at start (just past
    // its '('): commas outside nested calls and outside '…' strings (where '' is a quote) separate them.
    private static int ArgumentCount(string expression, int start)
    {
        var depth = 0;
        var count = 1;
        for (var i = start; i < expression.Length; i++)
        {
            switch (expression[i])
            {
                case '\'':
                    i = StringEnd(expression, i);
                    break;
                case '(':
                    depth++;
                    break;
                case ')' when depth == 0:
                    return count;
                case ')':
                    depth--;
                    break;
                case ',' when depth == 0:
                    count++;
                    break;
            }
        }

        throw new InvalidOperationException($"Unbalanced parentheses in {expression}");
    }

    // Index of the quote that closes the string opened at start.
    private static int StringEnd(string expression, int start)
    {
        for (var i = start + 1; i < expression.Length; i++)
        {
            if (expression[i] != '\'')
                continue;
            if (i + 1 < expression.Length && expression[i + 1] == '\'')
                i++;
            else
                return i;
        }

        throw new InvalidOperationException($"Unterminated string in {expression}");
    }

    private static bool IsPlatform(string key) =>
        PlatformPrefixes.Any(prefix => key.StartsWith(prefix, StringComparison.OrdinalIgnoreCase));

    // A connection name is satisfied by its identity-based form: AzureWebJobsStorage by AzureWebJobsStorage:blobServiceUri etc.
    private static bool Satisfies(string setting, string key) =>
        string.Equals(setting, key, StringComparison.OrdinalIgnoreCase) ||
        setting.StartsWith(key + ":", StringComparison.OrdinalIgnoreCase);

    private static string AppSettingName(string key) => key.Replace(":", "__", StringComparison.Ordinal);
}
