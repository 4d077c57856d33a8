using System.Reflection;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.DependencyInjection;
using ReportFunctions.LocalRunner.Hosting;
using ReportFunctions.Tests.Fixtures;

namespace ReportFunctions.Tests;

/// <summary>Wiring breaks here, not in Azure: every function class resolves from the one registration.</summary>
[Collection(ServicesCollection.Name)]
public sealed class CompositionTests(AzuriteFixture azurite)
{
    public static TheoryData<string> FunctionClasses() => new(
        typeof(ServiceCollectionExtensions).Assembly.GetExportedTypes()
            .Where(t => t.GetMethods().Any(m => m.GetCustomAttribute<FunctionAttribute>() is not null))
            .Select(t => t.FullName!));

    [Theory]
    [MemberData(nameof(FunctionClasses))]
    public async Task EveryFunctionClass_ResolvesFromAddReportFunctions(string typeName)
    {
        await using var host = await TestHost.StartAsync(azurite);
        var type = typeof(ServiceCollectionExtensions).Assembly.GetType(typeName)!;

        Assert.NotNull(ActivatorUtilities.CreateInstance(host.Services, type));
    }

    [Fact]
    public void EveryFunction_HasAShapeTheLocalRunnerCanHost()
    {
        var functions = FunctionCatalog.Discover(typeof(ServiceCollectionExtensions).Assembly);

        Assert.Contains(functions, f => f.Name == "SubmitReport" && f.Http is not null);
        Assert.Contains(functions, f => f.Name == "ProcessSubmission" && f.Queue?.QueueName == "%Queues:Submissions%");
        Assert.Contains(functions, f => f.Name == "ProcessSubmissionPoison" && f.Queue?.QueueName == "%Queues:Submissions%-poison");
        Assert.All(functions, f => Assert.Equal(f.Name, f.Method.Name));
    }
}
