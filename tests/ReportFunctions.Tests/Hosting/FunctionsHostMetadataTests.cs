using System.Reflection;
using System.Text.Json;
using Microsoft.Azure.Functions.Worker;
using ReportFunctions.Functions;

namespace ReportFunctions.Tests.Hosting;

/// <summary>
/// What `func start` and the Functions host read from the build output: the generated functions.metadata,
/// worker.config.json and host.json. Core Tools cannot run here, so these files are the host's view we can check.
/// </summary>
public sealed class FunctionsHostMetadataTests
{
    private static readonly Assembly App = typeof(HealthFunction).Assembly;

    private static JsonElement ReadOutputJson(string file) =>
        JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, file))).RootElement;

    private static Dictionary<string, JsonElement> MetadataTriggers() =>
        ReadOutputJson("functions.metadata").EnumerateArray().ToDictionary(
            f => f.GetProperty("name").GetString()!,
            f => f.GetProperty("bindings").EnumerateArray().Single(b => b.GetProperty("direction").GetString() == "In"
                                                                         && b.GetProperty("type").GetString()!.EndsWith("Trigger", StringComparison.Ordinal)));

    private static IEnumerable<(string Name, ParameterInfo Trigger)> FunctionMethods() =>
        from type in App.GetTypes()
        from method in type.GetMethods()
        let function = method.GetCustomAttribute<FunctionAttribute>()
        where function is not null
        select (function.Name, method.GetParameters().Single(p => p.GetCustomAttributes().Any(a => a.GetType().Name.EndsWith("TriggerAttribute", StringComparison.Ordinal))));

    [Fact]
    public void Metadata_ListsEveryFunctionMethod_AndNothingElse()
    {
        var inMetadata = MetadataTriggers().Keys.Order();
        var inCode = FunctionMethods().Select(f => f.Name).Order();

        Assert.Equal(inCode, inMetadata);
    }

    [Fact]
    public void Metadata_TriggersMatchTheAttributes()
    {
        var triggers = MetadataTriggers();
        foreach (var (name, parameter) in FunctionMethods())
        {
            var binding = triggers[name];
            switch (parameter.GetCustomAttributes().Single(a => a.GetType().Name.EndsWith("TriggerAttribute", StringComparison.Ordinal)))
            {
                case HttpTriggerAttribute http:
                    Assert.Equal(http.Route, binding.GetProperty("route").GetString());
                    Assert.Equal(http.Methods!.Select(m => m.ToLowerInvariant()),
                        binding.GetProperty("methods").EnumerateArray().Select(m => m.GetString()!.ToLowerInvariant()));
                    Assert.Equal(http.AuthLevel.ToString(), binding.GetProperty("authLevel").GetString());
                    break;
                case QueueTriggerAttribute queue:
                    Assert.Equal(queue.QueueName, binding.GetProperty("queueName").GetString());
                    Assert.StartsWith("%Queues:", queue.QueueName, StringComparison.Ordinal);
                    break;
                case TimerTriggerAttribute timer:
                    Assert.Equal(timer.Schedule, binding.GetProperty("schedule").GetString());
                    Assert.Equal("%Reminders:Schedule%", timer.Schedule);
                    break;
                default:
                    Assert.Fail($"{name}: unexpected trigger {binding}");
                    break;
            }
        }
    }

    [Fact]
    public void Output_HasTheWorkerConfigAndTheRepositoryHostJson()
    {
        var worker = ReadOutputJson("worker.config.json").GetProperty("description");
        Assert.Equal("dotnet-isolated", worker.GetProperty("language").GetString());
        Assert.Equal("ReportFunctions.dll", worker.GetProperty("defaultWorkerPath").GetString());

        var queues = ReadOutputJson("host.json").GetProperty("extensions").GetProperty("queues");
        Assert.Equal(5, queues.GetProperty("maxDequeueCount").GetInt32());
        Assert.Equal("base64", queues.GetProperty("messageEncoding").GetString());
    }
}
