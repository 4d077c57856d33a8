namespace ReportFunctions.Tests.Infra;

/// <summary>Paths of the infrastructure files, from the repository root stamped into the test assembly.</summary>
internal static class InfraFiles
{
    public static string Infra => RepositoryRoot.File("infra");

    /// <summary>infra/main.bicep compiled; its module deployments carry the modules' templates.</summary>
    public static BicepTemplate Main => BicepTemplate.Compile(Path.Combine(Infra, "main.bicep"));

    /// <summary>The template of modules/functionApp.bicep as main.bicep deploys it.</summary>
    public static BicepTemplate FunctionApp => Main.Module("functionApp");

    public static IEnumerable<string> AllBicepFiles => Directory.EnumerateFiles(Infra, "*.bicep", SearchOption.AllDirectories);
}
