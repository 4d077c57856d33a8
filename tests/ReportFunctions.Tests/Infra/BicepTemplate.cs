using System.Collections.Concurrent;
using System.ComponentModel;
using System.Diagnostics;
using System.Text.Json;

namespace ReportFunctions.Tests.Infra;

/// <summary>
/// A Bicep file as the ARM JSON the pinned Bicep CLI compiles it to (<c>bicep build FILE --stdout</c>), which
/// is what Azure deploys. Each file is compiled once per test run. The CLI is the one infra/lint.sh restores
/// (version in infra/bicep-version); CI runs lint.sh before the tests. A nested module deployment
/// (<c>Microsoft.Resources/deployments</c>) is a template too: see <see cref="Module"/>.
/// </summary>
internal sealed class BicepTemplate
{
    private const string CliPackage = "azure.bicep.commandline.linux-x64";

    private static readonly ConcurrentDictionary<string, Lazy<BicepTemplate>> Compiled = new();

    private BicepTemplate(string source, string json, JsonElement template)
    {
        Source = source;
        Json = json;
        Template = template;
    }

    /// <summary>The .bicep file this was compiled from (for a module, "FILE module NAME").</summary>
    public string Source { get; }

    /// <summary>The compiled ARM JSON as the CLI wrote it (for a module, the whole file's).</summary>
    public string Json { get; }

    /// <summary>The template object itself.</summary>
    public JsonElement Template { get; }

    public static BicepTemplate Compile(string path) =>
        Compiled.GetOrAdd(Path.GetFullPath(path), full => new Lazy<BicepTemplate>(() => Build(full))).Value;

    /// <summary>Declared parameters, with whether each has a default value.</summary>
    public IReadOnlyList<(string Name, bool HasDefault)> Parameters() =>
        Template.TryGetProperty("parameters", out var parameters)
            ? parameters.EnumerateObject().Select(p => (p.Name, p.Value.TryGetProperty("defaultValue", out _))).ToList()
            : [];

    /// <summary>A variable's compiled value: JSON, with ARM expressions as "[...]" strings.</summary>
    public JsonElement Variable(string name) =>
        Template.TryGetProperty("variables", out var variables) && variables.TryGetProperty(name, out var value)
            ? value
            : throw new InvalidOperationException($"{Source}: no variable '{name}' in the compiled template.");

    /// <summary>The value of a variable that compiles to a literal string (not an ARM expression).</summary>
    public string StringValue(string variable) => Literal(Variable(variable), variable);

    /// <summary>The items of a variable that compiles to an array of literal strings.</summary>
    public IReadOnlyList<string> StringItems(string variable)
    {
        var value = Variable(variable);
        if (value.ValueKind != JsonValueKind.Array)
            throw new InvalidOperationException($"{Source}: variable '{variable}' compiles to {value}, not an array.");
        return value.EnumerateArray().Select(item => Literal(item, variable)).ToList();
    }

    /// <summary>The resources of a type declared in this template and in the templates of its nested deployments.</summary>
    public IReadOnlyList<JsonElement> Resources(string type) =>
        AllResources(Template).Where(r => string.Equals(r.GetProperty("type").GetString(), type, StringComparison.OrdinalIgnoreCase)).ToList();

    /// <summary>The template of the module deployment with this name (a Bicep <c>module</c>), at any depth.</summary>
    public BicepTemplate Module(string deploymentName)
    {
        var matches = Resources("Microsoft.Resources/deployments")
            .Where(d => d.GetProperty("name").GetString() == deploymentName)
            .ToList();
        if (matches.Count != 1)
            throw new InvalidOperationException($"{Source}: {matches.Count} module deployments named '{deploymentName}'.");
        return new BicepTemplate($"{Source} module {deploymentName}", Json, matches[0].GetProperty("properties").GetProperty("template"));
    }

    // Bicep writes resources as an array (language version 1.0) or as an object keyed by symbolic name (2.0).
    private static IEnumerable<JsonElement> AllResources(JsonElement template)
    {
        if (!template.TryGetProperty("resources", out var resources))
            yield break;
        var items = resources.ValueKind == JsonValueKind.Object
            ? resources.EnumerateObject().Select(p => p.Value)
            : resources.EnumerateArray();
        foreach (var resource in items)
        {
            yield return resource;
            if (resource.TryGetProperty("properties", out var properties) &&
                properties.ValueKind == JsonValueKind.Object &&
                properties.TryGetProperty("template", out var nested))
            {
                foreach (var inner in AllResources(nested))
                    yield return inner;
            }
        }
    }

    // An ARM string starting with '[' is an expression, unless it starts with "[[" (an escaped literal '[').
    private string Literal(JsonElement value, string variable)
    {
        var text = value.ValueKind == JsonValueKind.String
            ? value.GetString()!
            : throw new InvalidOperationException($"{Source}: variable '{variable}' has {value}, not a string.");
        if (text.StartsWith("[[", StringComparison.Ordinal))
            return text[1..];
        if (text.StartsWith('[') && text.EndsWith(']'))
            throw new InvalidOperationException($"{Source}: variable '{variable}' has the ARM expression {text}, not a literal string.");
        return text;
    }

    private static BicepTemplate Build(string path)
    {
        var cli = CliPath();
        var start = new ProcessStartInfo(cli)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Path.GetDirectoryName(path)!,
        };
        start.ArgumentList.Add("build");
        start.ArgumentList.Add(path);
        start.ArgumentList.Add("--stdout");

        Process process;
        try
        {
            process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {cli}.");
        }
        catch (Win32Exception e)
        {
            // NuGet does not keep the executable bit; lint.sh sets it.
            throw new InvalidOperationException($"Could not run {cli} ({e.Message}). Run `bash infra/lint.sh` first.", e);
        }

        using var _ = process;
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(3)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"bicep build {path} did not finish within 3 minutes.");
        }

        var json = stdout.GetAwaiter().GetResult();
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"bicep build {path} exited with {process.ExitCode}:\n{stderr.GetAwaiter().GetResult()}");

        using var document = JsonDocument.Parse(json);
        return new BicepTemplate(path, json, document.RootElement.Clone());
    }

    private static string CliPath()
    {
        var versionFile = RepositoryRoot.File("infra", "bicep-version");
        var version = File.ReadAllText(versionFile).Trim();
        var cli = RepositoryRoot.File(".tools", "packages", CliPackage, version, "tools", "bicep");
        if (!File.Exists(cli))
        {
            throw new InvalidOperationException(
                $"The Bicep CLI {version} is not at {cli}. Run `bash infra/lint.sh` first: it restores the pinned CLI " +
                "(CI runs it before the tests). The infrastructure tests read the ARM JSON that CLI compiles the templates to.");
        }

        return cli;
    }
}
