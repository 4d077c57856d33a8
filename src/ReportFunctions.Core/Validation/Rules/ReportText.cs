using ReportFunctions.Core.Model;

namespace ReportFunctions.Core.Validation.Rules;

/// <summary>One printed text field of a report with its path and the label messages use.</summary>
internal sealed record ReportText(string Path, string Text, TextKind Kind)
{
    /// <summary>The official label, computed only when a finding needs it.</summary>
    public string Label => FieldLabels.Describe(Path);

    /// <summary>Every text the PDF prints: names, title, preface and all narrative blocks.</summary>
    public static IEnumerable<ReportText> All(Report report)
    {
        yield return new("organization.name", report.Organization.Name, TextKind.Name);
        if (report.Title is not null)
            yield return new("title", report.Title, TextKind.Title);
        for (var i = 0; i < report.Preface.Count; i++)
            yield return new($"preface[{i}]", report.Preface[i], TextKind.Paragraph);
        foreach (var text in Blocks("overview", report.Overview))
            yield return text;
        foreach (var text in Blocks("activeDisclosure.narrative", report.ActiveDisclosure.Narrative))
            yield return text;
        foreach (var text in Blocks("problemsAndImprovements", report.ProblemsAndImprovements))
            yield return text;
        foreach (var text in Blocks("otherMatters", report.OtherMatters))
            yield return text;
        yield return new("signature.issuer", report.Signature.Issuer, TextKind.Name);
    }

    /// <summary>The headings and paragraphs of a section.</summary>
    private static IEnumerable<ReportText> Blocks(string path, IReadOnlyList<Block> blocks)
    {
        for (var b = 0; b < blocks.Count; b++)
        {
            if (blocks[b].Heading is { } heading)
                yield return new($"{path}[{b}].heading", heading, TextKind.Heading);
            var paragraphs = blocks[b].Paragraphs;
            for (var p = 0; p < paragraphs.Count; p++)
                yield return new($"{path}[{b}].paragraphs[{p}]", paragraphs[p], TextKind.Paragraph);
        }
    }
}
