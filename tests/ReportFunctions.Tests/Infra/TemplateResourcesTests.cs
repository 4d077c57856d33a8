using System.Text.Json;
using System.Text.RegularExpressions;
using ReportFunctions.Storage;

namespace ReportFunctions.Tests.Infra;

/// <summary>
/// The template creates exactly the storage the app uses, never handles storage keys, and its parameter
/// files name only parameters the template declares. All of it read from the ARM JSON the pinned Bicep CLI
/// compiles infra/main.bicep to (<see cref="BicepTemplate"/>), modules included.
/// </summary>
public sealed class TemplateResourcesTests
{
    [Fact]
    public void Template_CreatesTheContainersTheAppUses()
    {
        Assert.Equal(StorageNames.Containers.Order(), InfraFiles.Main.StringItems("blobContainers").Order());
        AssertStorageModuleCreatesOnePerItem("blobContainers", "containerNames", "Microsoft.Storage/storageAccounts/blobServices/containers");
    }

    [Fact]
    public void Template_CreatesTheTablesTheAppUses()
    {
        Assert.Equal(StorageNames.Tables.Order(), InfraFiles.Main.StringItems("storageTables").Order());
        AssertStorageModuleCreatesOnePerItem("storageTables", "tableNames", "Microsoft.Storage/storageAccounts/tableServices/tables");
    }

    [Fact]
    public void Template_CreatesTheQueuesTheAppUsesWithTheirPoisonQueues()
    {
        var main = InfraFiles.Main;
        var queues = new QueueOptions();
        string[] expected =
        [
            queues.Submissions, queues.Submissions + StorageNames.PoisonSuffix,
            queues.EmailOutbox, queues.EmailOutbox + StorageNames.PoisonSuffix,
        ];

        Assert.Equal(expected.Order(), main.StringItems("storageQueues").Order());
        AssertStorageModuleCreatesOnePerItem("storageQueues", "queueNames", "Microsoft.Storage/storageAccounts/queueServices/queues");
        // The names the Function App's Queues__* settings are given (AppSettingsAgreeWithTemplateTests checks the settings).
        Assert.Equal(queues.Submissions, main.StringValue("submissionsQueue"));
        Assert.Equal(queues.EmailOutbox, main.StringValue("emailOutboxQueue"));
        var functionAppParameters = ModuleParameters("functionApp");
        Assert.Equal("[variables('submissionsQueue')]", functionAppParameters.GetProperty("submissionsQueueName").GetProperty("value").GetString());
        Assert.Equal("[variables('emailOutboxQueue')]", functionAppParameters.GetProperty("emailOutboxQueueName").GetProperty("value").GetString());
    }

    [Fact]
    public void Templates_NeverReadStorageKeys()
    {
        // The compiled main template holds every module it deploys, so this covers all of them.
        var json = InfraFiles.Main.Json;

        Assert.DoesNotMatch(new Regex(@"\blistKeys\s*\(", RegexOptions.IgnoreCase), json);
        Assert.DoesNotMatch(new Regex(@"\blistAccountSas\s*\(", RegexOptions.IgnoreCase), json);
        Assert.DoesNotContain("AccountKey=", json, StringComparison.OrdinalIgnoreCase);
        // And no module is left out of that: every module file is one main.bicep deploys.
        Assert.Equal(
            Directory.EnumerateFiles(Path.Combine(InfraFiles.Infra, "modules"), "*.bicep").Count(),
            InfraFiles.Main.Resources("Microsoft.Resources/deployments").Count);
    }

    [Fact]
    public void AzdParameterFile_SetsOnlyTemplateParameters_AndEveryRequiredOne()
    {
        var declared = InfraFiles.Main.Parameters();
        using var document = JsonDocument.Parse(File.ReadAllText(Path.Combine(InfraFiles.Infra, "main.parameters.json")));
        var given = document.RootElement.GetProperty("parameters").EnumerateObject().Select(p => p.Name).ToList();

        Assert.True(declared.Count >= 10, $"Found only {declared.Count} parameters in the compiled main template.");
        Assert.Contains(declared, p => p is { Name: "smtpHost", HasDefault: false });
        Assert.Contains(declared, p => p is { Name: "hostingPlan", HasDefault: true });
        Assert.Empty(given.Except(declared.Select(p => p.Name)));
        Assert.Empty(declared.Where(p => !p.HasDefault).Select(p => p.Name).Except(given));
    }

    [Fact]
    public void ChinaParameterFile_ChoosesElasticPremium()
    {
        // Flex Consumption is not offered in Azure China.
        var text = File.ReadAllText(Path.Combine(InfraFiles.Infra, "main.china.bicepparam"));

        Assert.Contains("using 'main.bicep'", text);
        Assert.Contains("param hostingPlan = 'elasticPremium'", text);
    }

    private static JsonElement ModuleParameters(string deploymentName) =>
        InfraFiles.Main.Resources("Microsoft.Resources/deployments")
            .Single(d => d.GetProperty("name").GetString() == deploymentName)
            .GetProperty("properties").GetProperty("parameters");

    // The storage module is given the main template's variable as a parameter and loops over that
    // parameter, one resource of the type per item. Compared as the exact compiled expressions: the
    // variable's value is what the tests above check, so it has to be what the loop creates.
    private static void AssertStorageModuleCreatesOnePerItem(string variable, string parameter, string resourceType)
    {
        Assert.Equal($"[variables('{variable}')]", ModuleParameters("storage").GetProperty(parameter).GetProperty("value").GetString());
        var loop = Assert.Single(
            InfraFiles.Main.Module("storage").Resources(resourceType),
            r => r.TryGetProperty("copy", out _));
        Assert.Equal($"[length(parameters('{parameter}'))]", loop.GetProperty("copy").GetProperty("count").GetString());
        Assert.EndsWith($"parameters('{parameter}')[copyIndex()])]", loop.GetProperty("name").GetString());
    }
}
