using System.Reflection;
using System.Text.Json.Serialization;

namespace ReportFunctions.Core.Model;

/// <summary>
/// The contract's names of <see cref="OrganizationKind"/> ("department", …), taken from the enum's JSON names so
/// the reader, the registry's routes and the form cannot spell a kind differently.
/// </summary>
public static class OrganizationKindNames
{
    private static readonly OrganizationKind[] Kinds = Enum.GetValues<OrganizationKind>();

    private static readonly string[] Names = Kinds
        .Select(k => typeof(OrganizationKind).GetField(k.ToString())!.GetCustomAttribute<JsonStringEnumMemberNameAttribute>()!.Name)
        .ToArray();

    /// <summary>Every name, in the enum's order.</summary>
    public static IReadOnlyList<string> All => Names;

    public static string Name(OrganizationKind kind) => Names[Array.IndexOf(Kinds, kind)];

    /// <summary>Exact, case-sensitive match, as the contract's enum is.</summary>
    public static bool TryParse(string? name, out OrganizationKind kind)
    {
        var index = name is null ? -1 : Array.IndexOf(Names, name);
        kind = index >= 0 ? Kinds[index] : default;
        return index >= 0;
    }
}
