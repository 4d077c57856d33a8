using ReportFunctions.Core.Model;
using ReportFunctions.Core.Reading;
using ReportFunctions.Core.Validation;

namespace ReportFunctions.Core.Tests.Validation;

/// <summary>The consistent samples as reports, and the full validator run on them the way the checker runs it.</summary>
public static class SampleVariants
{
    public static Report County2023 { get; } = Load("county-department-2023.json");

    public static Report County2024 { get; } = Load("county-department-2024.json");

    public static Report Dalan2021 { get; } = Load("dalan-2021.json");

    /// <summary>2023 as the published previous report, the way the app names it.</summary>
    public static PreviousReport Previous2023 { get; } = new(County2023, "2023年度报告第1版");

    /// <summary>Validates 2024 (changed by <paramref name="change"/>) against 2023, with the deadline of a department (2025-01-31).</summary>
    public static IReadOnlyList<ValidationError> Validate2024(Func<Report, Report>? change = null, PreviousReport? previous = null) =>
        TestValidation.Validate(change?.Invoke(County2024) ?? County2024,
            new ValidationContext(previous ?? Previous2023, new DateOnly(2025, 1, 31)));

    /// <summary>Replaces one paragraph of a section: <c>With(r.Overview, 1, 0, "…")</c>.</summary>
    public static IReadOnlyList<Block> With(IReadOnlyList<Block> blocks, int block, int paragraph, string text) =>
        [.. blocks.Select((b, i) => i != block ? b : b with { Paragraphs = [.. b.Paragraphs.Select((p, j) => j == paragraph ? text : p)] })];

    /// <summary>Replaces text inside one paragraph of a section; fails when the text is not there.</summary>
    public static IReadOnlyList<Block> Replace(IReadOnlyList<Block> blocks, int block, int paragraph, string old, string replacement)
    {
        var text = blocks[block].Paragraphs[paragraph];
        Assert.Contains(old, text, StringComparison.Ordinal);
        return With(blocks, block, paragraph, text.Replace(old, replacement, StringComparison.Ordinal));
    }

    private static Report Load(string name) =>
        ReportReader.Read(File.ReadAllBytes(RepositoryRoot.File("samples", name))).Report
        ?? throw new InvalidOperationException($"samples/{name} does not read as a report.");
}
