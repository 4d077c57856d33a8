using System.Text;
using System.Text.RegularExpressions;
using ReportFunctions.Core.Model;
using ReportFunctions.Submissions;
using static ReportFunctions.Pages.PageLayout;

namespace ReportFunctions.Pages;

/// <summary>
/// The form's controls (named by the contract's dotted paths), their values and the findings shown at each. A
/// finding belongs to the control its path names, to the textarea of the narrative it points into, or to the first
/// control under it (a row's or a section's path); form.js places findings by the same rules.
/// </summary>
internal sealed partial class SubmissionFormFields
{
    public static readonly string[] Narratives = ["preface", "overview", "activeDisclosure.narrative", "problemsAndImprovements", "otherMatters"];

    private static readonly string[] Scalars =
        ["organization.id", "organization.name", "organization.kind", "organization.creditCode", "year", "signature.issuer", "signature.date"];

    /// <summary>Every control a finding can sit at, in the form's order.</summary>
    public static IReadOnlyList<string> Controls { get; } =
    [
        .. Scalars[..5],
        Narratives[0], Narratives[1], Narratives[2],
        .. ActiveDisclosureTable.Cells.Select(c => c.Path),
        .. ApplicationsTable.Rows.SelectMany(r => ApplicationsTable.Columns.Select(r.CellPath)),
        .. ReviewsTable.Groups.SelectMany(g => ReviewsTable.Columns.Select(g.CellPath)),
        Narratives[3], Narratives[4],
        .. Scalars[5..],
    ];

    private readonly IReadOnlyDictionary<string, string> _values;
    private readonly ILookup<string, ErrorItem> _findings;

    public SubmissionFormFields(IReadOnlyDictionary<string, string>? values, IReadOnlyList<ErrorItem>? findings)
    {
        _values = values ?? new Dictionary<string, string>();
        Findings = findings ?? [];
        _findings = Findings.Where(f => ControlOf(f.Path) is not null).ToLookup(f => ControlOf(f.Path)!);
    }

    public IReadOnlyList<ErrorItem> Findings { get; }

    public string? Value(string name) => _values.GetValueOrDefault(name);

    /// <summary>The control a finding is shown at, or null for findings about the report as a whole.</summary>
    public static string? ControlOf(string path)
    {
        if (path.Length == 0)
            return null;
        if (NarrativePrefix().Match(path) is { Success: true } narrative)
            return narrative.Groups[1].Value;
        return Controls.FirstOrDefault(c => c == path) ?? Controls.FirstOrDefault(c => c.StartsWith(path + ".", StringComparison.Ordinal));
    }

    public bool HasErrors(string name) => _findings[name].Any();

    /// <summary>aria-describedby and aria-invalid for a control: its hint (if any) and its findings' message.</summary>
    public string Described(string name, string? hintId)
    {
        var ids = new List<string>();
        if (hintId is not null)
            ids.Add(hintId);
        if (HasErrors(name))
            ids.Add(ErrorId(name));
        return (ids.Count > 0 ? $"aria-describedby=\"{Encode(string.Join(' ', ids))}\" " : "")
            + (HasErrors(name) ? "aria-invalid=\"true\" " : "");
    }

    /// <summary>The findings' message at a control (a paragraph beside a field, a span inside a table cell), or "".</summary>
    public string Messages(string name, bool inCell)
    {
        var findings = _findings[name].ToList();
        if (findings.Count == 0)
            return "";
        var tag = inCell ? "span" : "p";
        var html = new StringBuilder($"<{tag} class=\"{(inCell ? "cell-error" : "error-message")}\" id=\"{Encode(ErrorId(name))}\">");
        foreach (var finding in findings)
            html.Append($"<span class=\"severity {finding.Severity}\">{SubmissionFindings.SeverityName(finding)}</span>{Encode(finding.Message)} ");
        html.Length--;
        return html.Append($"</{tag}>").ToString();
    }

    public static string ErrorId(string name) => name + "-error";

    [GeneratedRegex(@"^(preface|overview|activeDisclosure\.narrative|problemsAndImprovements|otherMatters)(\[|$)")]
    private static partial Regex NarrativePrefix();
}
