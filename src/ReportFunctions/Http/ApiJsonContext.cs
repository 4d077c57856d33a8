using System.Text.Json;
using System.Text.Json.Serialization;
using ReportFunctions.Core.Json;
using ReportFunctions.Corrections;
using ReportFunctions.Email;
using ReportFunctions.Organizations;
using ReportFunctions.Publishing;
using ReportFunctions.Submissions;

namespace ReportFunctions.Http;

/// <summary>The bodies of the HTTP API, read and written through <see cref="Web"/>.</summary>
[JsonSerializable(typeof(ProblemDocument))]
[JsonSerializable(typeof(HealthResponse))]
[JsonSerializable(typeof(OrganizationRequest))]
[JsonSerializable(typeof(IReadOnlyList<OrganizationResponse>))]
[JsonSerializable(typeof(OrganizationResponse))]
[JsonSerializable(typeof(TokenResponse))]
[JsonSerializable(typeof(SubmissionAccepted))]
[JsonSerializable(typeof(SubmissionStatusResponse))]
[JsonSerializable(typeof(ValidationResponse))]
[JsonSerializable(typeof(IReadOnlyList<PublishedReport>))]
[JsonSerializable(typeof(PoisonedEmailList))]
[JsonSerializable(typeof(ImportOrganizationsResult))]
[JsonSerializable(typeof(IssueCorrectionNoticeRequest))]
[JsonSerializable(typeof(ResolveCorrectionItemRequest))]
[JsonSerializable(typeof(CorrectionNotice))]
[JsonSerializable(typeof(IReadOnlyList<CorrectionNotice>))]
[JsonSerializable(typeof(AnswerCorrectionNoticeRequest))]
[JsonSerializable(typeof(ReviewedSubmission))]
[JsonSerializable(typeof(IReadOnlyList<ReviewedSubmission>))]
[JsonSerializable(typeof(ApproveSubmissionRequest))]
[JsonSerializable(typeof(ReturnSubmissionRequest))]
public sealed partial class ApiJsonContext : JsonSerializerContext
{
    /// <summary>The one instance the app uses: Chinese and "+" as is, HTML-special characters escaped.</summary>
    public static ApiJsonContext Web { get; } = new(HtmlSafeJsonEncoder.WebOptions());
}
