using System.Text.Json.Serialization;
using ReportFunctions.Core.Json;

namespace ReportFunctions.Submissions;

/// <summary>The submissions queue's message the findings and the review's acknowledgements kept in a status row, read and written through <see cref="Web"/>.</summary>
[JsonSerializable(typeof(SubmissionMessage))]
[JsonSerializable(typeof(IReadOnlyList<ErrorItem>))]
[JsonSerializable(typeof(IReadOnlyList<WarningAcknowledgement>))]
internal sealed partial class SubmissionJsonContext : JsonSerializerContext
{
    public static SubmissionJsonContext Web { get; } = new(HtmlSafeJsonEncoder.WebOptions());
}
