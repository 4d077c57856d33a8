using System.Text.Json;
using ReportFunctions.Storage;

namespace ReportFunctions.Tests.Infra;

/// <summary>
/// The template creates exactly the storage the app uses, never handles storage keys, and its parameter
/// files name only parameters the template declares.
/// </summary>
public sealed class TemplateResourcesTests
{
    [Fact]
    public void Template_CreatesTheContainersTheAppUses()
    {
        Assert.Equal(StorageNames.Containers.Order(), InfraFiles.Main.StringItems("blobContainers").Order());
    }

    [Fact]
    public void Template_CreatesTheTablesTheAppUses()
    {
        Assert.Equal(StorageNames.Tables.Order(), InfraFiles.Main.StringItems("storageTables").Order());
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
        Assert.Equal(queues.Submissions, main.StringValue("submissionsQueue"));
        Assert.Equal(queues.EmailOutbox, main.StringValue("emailOutboxQueue"));
    }

    [Fact]
    public void Templates_NeverReadStorageKeys()
    {
        foreach (var path in InfraFiles.AllBicepFiles)
        {
            var source = BicepSource.Load(path);
            Assert.False(source.UsesFunction("listKeys"), $"{path} calls listKeys");
            Assert.False(source.UsesFunction("listAccountSas"), $"{path} calls listAccountSas");
            Assert.DoesNotContain("AccountKey=", File.ReadAllText(path), StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public void AzdParameterFile_SetsOnlyTemplateParameters_AndEveryRequiredOne()
    {
        var declared = InfraFiles.Main.Parameters();
        using var document = JsonDocument.Parse(File.ReadAllText(Path.Combine(InfraFiles.Infra, "main.parameters.json")));
        var given = document.RootElement.GetProperty("parameters").EnumerateObject().Select(p => p.Name).ToList();

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
}
