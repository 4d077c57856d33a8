using System.Globalization;
using System.Text.Json;
using ReportFunctions.Core.Calendar;
using ReportFunctions.Core.Model;
using ReportFunctions.Core.Validation;
using ReportFunctions.Organizations;
using ReportFunctions.Submissions;

namespace ReportFunctions.Pages;

/// <summary>
/// Gathers what GET /api/form shows: the registry's name and kind for ?org=, a stored submission's data and findings
/// for &amp;from= (the link of the status page and of review e-mails), and the body's published report of the year
/// before (上年结转 from its 结转下年度 row, its texts offered as a starting point).
/// </summary>
public sealed class SubmissionFormService(
    OrganizationRegistry organizations,
    IPreviousReports previousReports,
    SubmissionStore submissions,
    SubmittedReports bodies,
    TimeProvider time)
{
    /// <summary>The form for ?org=&lt;id&gt;[&amp;from=&lt;submission id&gt;]; a submission of another organization is ignored.</summary>
    public async Task<SubmissionFormData> ForLinkAsync(string? organizationId, string? fromSubmission, CancellationToken ct)
    {
        if (fromSubmission is not null
            && await submissions.GetAsync(fromSubmission, ct) is { } submission
            && (organizationId is null || organizationId == submission.OrganizationId)
            && await bodies.ReadAsync(submission, ct) is { } body)
        {
            var findings = submission.Errors is null
                ? []
                : JsonSerializer.Deserialize(submission.Errors, SubmissionJsonContext.Web.IReadOnlyListErrorItem) ?? [];
            var notice = submission.State == SubmissionStatus.Rejected
                ? $"以下是受理编号 {submission.Id} 报送的内容，未通过校验的地方已标出。修改后请重新填写报送令牌并提交。"
                : $"以下是受理编号 {submission.Id} 报送的内容。修改后请重新填写报送令牌并提交。";
            return await WithRegistryAsync(submission.OrganizationId, FormReportConverter.ToFields(body.ToMemory().Span), findings, notice, carryOver: false, ct);
        }
        return await WithRegistryAsync(organizationId, null, [], null, carryOver: true, ct);
    }

    /// <summary>The form showing again what was posted, with the findings of checking it.</summary>
    public Task<SubmissionFormData> ForPostedAsync(ReportRequest request, IReadOnlyList<ErrorItem> findings, string? notice, CancellationToken ct)
    {
        var values = FormReportConverter.ToFields(request.Json);
        return WithRegistryAsync(values.GetValueOrDefault("organization.id"), values, findings, notice, carryOver: false, ct);
    }

    private async Task<SubmissionFormData> WithRegistryAsync(
        string? organizationId, Dictionary<string, string>? values, IReadOnlyList<ErrorItem> findings, string? notice, bool carryOver, CancellationToken ct)
    {
        var currentYear = ChinaStandardTime.Today(time).Year;
        var registered = organizationId is null ? null : await organizations.GetAsync(organizationId, ct);
        if (registered is null)
            return new SubmissionFormData(organizationId, currentYear, null, values, findings, notice);

        values ??= new Dictionary<string, string>(StringComparer.Ordinal);
        // The registry's name is the one published (SubmitReportFunction), so the form shows it and not what was typed.
        values["organization.name"] = registered.Name;
        values["organization.kind"] = OrganizationKindNames.Name(registered.Kind);
        var year = int.TryParse(values.GetValueOrDefault("year"), NumberStyles.None, CultureInfo.InvariantCulture, out var y) ? y : currentYear - 1;
        if (await previousReports.FindAsync(registered.Id, year - 1, ct) is not { Report: var previous })
            return new SubmissionFormData(organizationId, currentYear, registered, values, findings, notice);

        if (carryOver)
        {
            var carriedForward = ApplicationsTable.Row(ApplicationsRowRole.CarriedForward).Select(previous.Applications);
            var carriedOver = ApplicationsTable.Row(ApplicationsRowRole.CarriedOver);
            foreach (var column in ApplicationsTable.Columns)
                values[carriedOver.CellPath(column)] = column.Select(carriedForward).ToString(CultureInfo.InvariantCulture);
        }
        var narratives = SubmissionFormFields.Narratives;
        var texts = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            [narratives[0]] = NarrativeText.FromParagraphs(previous.Preface),
            [narratives[1]] = NarrativeText.FromBlocks(previous.Overview),
            [narratives[2]] = NarrativeText.FromBlocks(previous.ActiveDisclosure.Narrative),
            [narratives[3]] = NarrativeText.FromBlocks(previous.ProblemsAndImprovements),
            [narratives[4]] = NarrativeText.FromBlocks(previous.OtherMatters),
        };
        return new SubmissionFormData(organizationId, currentYear, registered, values, findings, notice, year - 1,
            texts.Where(t => t.Value.Length > 0).ToDictionary(StringComparer.Ordinal));
    }
}
