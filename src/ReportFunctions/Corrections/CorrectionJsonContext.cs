using System.Text.Json.Serialization;
using ReportFunctions.Core.Json;

namespace ReportFunctions.Corrections;

/// <summary>A notice's items as kept in its table row, read and written through <see cref="Web"/>.</summary>
[JsonSerializable(typeof(IReadOnlyList<CorrectionItem>))]
internal sealed partial class CorrectionJsonContext : JsonSerializerContext
{
    public static CorrectionJsonContext Web { get; } = new(HtmlSafeJsonEncoder.WebOptions());
}
