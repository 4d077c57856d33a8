using System.Text.Json;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using ReportFunctions.Http;

namespace ReportFunctions.Tests.Infra;

/// <summary>
/// local.settings.sample.json (copied to local.settings.json for `func start`) lists every setting the code
/// reads (<see cref="SettingsTheCodeReads"/>, the same reflection the template test uses), and its values
/// start the app: every options class binds from them and validates.
/// </summary>
public sealed class LocalSettingsSampleTests
{
    private static readonly string SamplePath = RepositoryRoot.File("local.settings.sample.json");

    private static readonly JsonElement Sample = JsonDocument.Parse(File.ReadAllText(SamplePath)).RootElement.Clone();

    [Fact]
    public void Sample_ListsExactlyTheSettingsTheCodeReads_AndTheWorkerRuntime()
    {
        var expected = SettingsTheCodeReads.In(typeof(ServiceCollectionExtensions).Assembly)
            // Set by App Service on Azure instances only; set locally it would make the app trust a key check
            // that Core Tools does not do.
            .Where(key => !key.StartsWith("WEBSITE_", StringComparison.OrdinalIgnoreCase))
            // Not read by the app, but Core Tools needs it to start the isolated worker.
            .Append("FUNCTIONS_WORKER_RUNTIME")
            // Not read by the app: the host's own page at the site root gives way to SiteRootFunction.
            .Append("AzureWebJobsDisableHomepage")
            .Order(StringComparer.Ordinal)
            .ToList();

        var listed = Values().Keys.Select(key => key.Replace("__", ":", StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToList();

        Assert.Equal(expected, listed);
    }

    [Fact]
    public void Sample_IsAPlainLocalSettingsFile_WithStringValuesAndTheLocalPort()
    {
        Assert.False(Sample.GetProperty("IsEncrypted").GetBoolean());
        // Core Tools refuses values that are not strings.
        Assert.All(Sample.GetProperty("Values").EnumerateObject(), setting => Assert.Equal(JsonValueKind.String, setting.Value.ValueKind));
        Assert.Equal(7071, Sample.GetProperty("Host").GetProperty("LocalHttpPort").GetInt32());
        Assert.StartsWith("http://localhost:7071", Values()["Reports__PublicBaseUrl"], StringComparison.Ordinal);
    }

    [Fact]
    public void Sample_BindsAndValidatesEveryOptionsClass_AndOpensTheAdminRoutesLocally()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(Values().Select(setting => KeyValuePair.Create(setting.Key.Replace("__", ":", StringComparison.Ordinal), (string?)setting.Value)))
            .Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddLogging();
        services.AddReportFunctions(configuration);
        using var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });

        var optionsClasses = SettingsTheCodeReads.OptionsClasses(typeof(ServiceCollectionExtensions).Assembly);
        Assert.True(optionsClasses.Count >= 5, $"Found only {string.Join(", ", optionsClasses.Select(t => t.Name))}");
        foreach (var type in optionsClasses)
        {
            var options = provider.GetRequiredService(typeof(IOptions<>).MakeGenericType(type));
            // Value binds and runs the data-annotation validators; an invalid sample throws OptionsValidationException here.
            Assert.NotNull(options.GetType().GetProperty(nameof(IOptions<object>.Value))!.GetValue(options));
        }

        provider.GetRequiredService<IStartupValidator>().Validate();
        var admin = provider.GetRequiredService<IOptions<AdminOptions>>().Value;
        Assert.False(string.IsNullOrEmpty(admin.Key));
        Assert.Null(admin.AzureInstanceId);
    }

    private static Dictionary<string, string> Values() =>
        Sample.GetProperty("Values").EnumerateObject().ToDictionary(setting => setting.Name, setting => setting.Value.ToString());
}
