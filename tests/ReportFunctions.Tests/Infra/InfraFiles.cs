namespace ReportFunctions.Tests.Infra;

/// <summary>Paths of the infrastructure files, from the repository root stamped into the test assembly.</summary>
internal static class InfraFiles
{
    public static string Infra => RepositoryRoot.File("infra");

    public static BicepSource Main => BicepSource.Load(Path.Combine(Infra, "main.bicep"));

    public static BicepSource FunctionApp => BicepSource.Load(Path.Combine(Infra, "modules", "functionApp.bicep"));

    public static IEnumerable<string> AllBicepFiles => Directory.EnumerateFiles(Infra, "*.bicep", SearchOption.AllDirectories);
}
