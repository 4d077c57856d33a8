using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Unicode;
using ReportFunctions.Corrections;
using ReportFunctions.Email;
using ReportFunctions.Functions;
using ReportFunctions.Organizations;
using ReportFunctions.Publishing;
using ReportFunctions.Submissions;

namespace ReportFunctions.Http;

/// <summary>Every type the app serializes: API bodies, queue messages (outbox e-mails included) and JSON kept in table rows.</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(IReadOnlyList<string>))]
[JsonSerializable(typeof(ProblemDocument))]
[JsonSerializable(typeof(HealthResponse))]
[JsonSerializable(typeof(IReadOnlyList<ErrorItem>))]
[JsonSerializable(typeof(OrganizationRequest))]
[JsonSerializable(typeof(IReadOnlyList<OrganizationResponse>))]
[JsonSerializable(typeof(OrganizationResponse))]
[JsonSerializable(typeof(TokenResponse))]
[JsonSerializable(typeof(SubmissionAccepted))]
[JsonSerializable(typeof(SubmissionStatusResponse))]
[JsonSerializable(typeof(ValidationResponse))]
[JsonSerializable(typeof(SubmissionMessage))]
[JsonSerializable(typeof(IReadOnlyList<PublishedReport>))]
[JsonSerializable(typeof(OutboxEmail))]
[JsonSerializable(typeof(PoisonedEmailList))]
[JsonSerializable(typeof(ImportOrganizationsResult))]
[JsonSerializable(typeof(IssueCorrectionNoticeRequest))]
[JsonSerializable(typeof(ResolveCorrectionItemRequest))]
[JsonSerializable(typeof(CorrectionNotice))]
[JsonSerializable(typeof(IReadOnlyList<CorrectionNotice>))]
[JsonSerializable(typeof(IReadOnlyList<CorrectionItem>))]
public sealed partial class ApiJsonContext : JsonSerializerContext
{
    /// <summary>The same types, writing Chinese as is rather than \uXXXX (HTML-sensitive characters stay escaped).</summary>
    public static ApiJsonContext Readable { get; } = new(new JsonSerializerOptions(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    });
}
