using System.Text.Json.Serialization;
using ReportFunctions.Core.Json;

namespace ReportFunctions.Publishing;

/// <summary>The version history kept in a listing row (PublishedReportEntity.Versions), read and written through <see cref="Web"/>.</summary>
[JsonSerializable(typeof(IReadOnlyList<PublishedVersion>))]
internal sealed partial class PublishingJsonContext : JsonSerializerContext
{
    public static PublishingJsonContext Web { get; } = new(HtmlSafeJsonEncoder.WebOptions());
}
