using System.Text.Json.Serialization;
using ReportFunctions.Core.Json;

namespace ReportFunctions.Email;

/// <summary>The outbox queue's message, read and written through <see cref="Web"/>.</summary>
[JsonSerializable(typeof(OutboxEmail))]
internal sealed partial class OutboxJsonContext : JsonSerializerContext
{
    public static OutboxJsonContext Web { get; } = new(HtmlSafeJsonEncoder.WebOptions());
}
