using ArchUnitNET.Domain;
using ArchUnitNET.Loader;

namespace ReportFunctions.Tests;

/// <summary>
/// The Functions app's folders depend one way, checked on the compiled code (every type reference, not just
/// using directives): a folder may use only the folders listed for it, and the list itself has no cycle.
/// docs/architecture.md shows the same map.
/// </summary>
public sealed class FolderDependencyTests
{
    private static readonly string[] Capabilities = ["Storage", "Email", "Organizations", "Publishing", "Corrections", "Submissions", "Reminders", "Oversight"];

    /// <summary>Which folders each folder may use. The root (Program, ServiceCollectionExtensions) may use all.</summary>
    private static readonly Dictionary<string, string[]> MayUse = new()
    {
        ["Storage"] = [],
        ["Email"] = ["Storage"],
        ["Organizations"] = ["Storage"],
        ["Publishing"] = ["Storage"],
        ["Corrections"] = ["Storage", "Organizations", "Publishing", "Email"],
        ["Submissions"] = ["Storage", "Organizations", "Publishing", "Email"],
        ["Reminders"] = ["Storage", "Organizations", "Publishing", "Corrections", "Submissions", "Email"],
        ["Oversight"] = ["Storage", "Organizations", "Submissions", "Publishing", "Corrections", "Email", "Reminders"],
        ["Pages"] = ["Organizations", "Submissions", "Publishing", "Corrections", "Email", "Reminders", "Oversight"],
        ["Http"] = [.. Capabilities, "Pages"],
        ["Functions"] = [.. Capabilities, "Pages", "Http"],
    };

    private static readonly Architecture App =
        new ArchLoader().LoadAssemblies(typeof(ServiceCollectionExtensions).Assembly).Build();

    [Fact]
    public void EveryFolder_UsesOnlyTheFoldersItMayUse()
    {
        var violations = (
            from type in App.Types
            let user = Folder(type.Namespace.FullName)
            where user is not null
            // A generic parameter is no dependency; ArchUnitNET places it in the namespace of the first method it met
            // it in, so the source-generated JSON contexts (which all declare TJsonMetadataType) would seem to use each other.
            from dependency in type.Dependencies
            where dependency.Target is not GenericParameter
            let used = Folder(dependency.Target.Namespace.FullName)
            where used is not null && used != user && !MayUse[user].Contains(used)
            select $"{user} → {used}: {type.FullName} uses {dependency.Target.FullName}").Distinct().ToList();

        Assert.True(violations.Count == 0, "Folder dependencies not in the map:\n" + string.Join("\n", violations));
    }

    [Fact]
    public void EveryFolderOfTheApp_IsInTheMap()
    {
        var folders = App.Types.Select(t => t.Namespace.FullName)
            .Where(ns => ns.StartsWith("ReportFunctions.", StringComparison.Ordinal)
                && !ns.StartsWith("ReportFunctions.Core", StringComparison.Ordinal) && !ns.StartsWith("ReportFunctions.Pdf", StringComparison.Ordinal))
            .Select(ns => ns.Split('.')[1])
            .ToHashSet();

        Assert.Equal(MayUse.Keys.Order(), folders.Order());
    }

    [Fact]
    public void TheMap_HasNoCycle()
    {
        // Depth-first search; a folder met again while it is still on the path closes a cycle.
        var state = new Dictionary<string, bool>(); // false: on the path, true: done
        void Visit(string folder, List<string> path)
        {
            if (state.TryGetValue(folder, out var done))
            {
                Assert.True(done, $"cycle: {string.Join(" → ", path)} → {folder}");
                return;
            }
            state[folder] = false;
            foreach (var next in MayUse[folder])
                Visit(next, [.. path, folder]);
            state[folder] = true;
        }
        foreach (var folder in MayUse.Keys)
            Visit(folder, []);
    }

    /// <summary>The app folder a namespace belongs to, or null for the root, Core, Pdf and other assemblies.</summary>
    private static string? Folder(string ns)
    {
        var parts = ns.Split('.');
        return parts.Length >= 2 && parts[0] == "ReportFunctions" && MayUse.ContainsKey(parts[1]) ? parts[1] : null;
    }
}
