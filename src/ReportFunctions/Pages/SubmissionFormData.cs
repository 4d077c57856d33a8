using ReportFunctions.Core.Organizations;
using ReportFunctions.Submissions;

namespace ReportFunctions.Pages;

/// <summary>What the form shows beyond its fields: the values to fill in, the findings at their cells, and what the registry and last year's report give.</summary>
/// <param name="OrganizationId">机关标识 as the link or the posted form gave it.</param>
/// <param name="CurrentYear">This year in China; the report is for an earlier one, by default the last.</param>
/// <param name="Registered">The registry's record of the organization: its name and kind are filled in and locked.</param>
/// <param name="Values">Field values by the form's dotted names (a stored or posted report), absent ones as the blank form has them.</param>
/// <param name="Findings">Findings shown at their cells and in the summary at the top.</param>
/// <param name="Notice">A sentence above the form saying where the values come from.</param>
/// <param name="LastYear">The year of the published report the form took 上年结转 and the text offers from, if any.</param>
/// <param name="LastYearTexts">That report's narratives by field, one line per paragraph, offered as a starting point.</param>
public sealed record SubmissionFormData(
    string? OrganizationId,
    int CurrentYear,
    OrganizationRecord? Registered = null,
    IReadOnlyDictionary<string, string>? Values = null,
    IReadOnlyList<ErrorItem>? Findings = null,
    string? Notice = null,
    int? LastYear = null,
    IReadOnlyDictionary<string, string>? LastYearTexts = null);
