using System.Text.Json.Serialization;
using ReportFunctions.Core.Json;

namespace ReportFunctions.Organizations;

/// <summary>The contact list kept in an organization's table row, read and written through <see cref="Web"/>.</summary>
[JsonSerializable(typeof(IReadOnlyList<string>))]
internal sealed partial class OrganizationJsonContext : JsonSerializerContext
{
    public static OrganizationJsonContext Web { get; } = new(HtmlSafeJsonEncoder.WebOptions());
}
