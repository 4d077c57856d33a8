using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using ReportFunctions.Core.Reading;
using ReportFunctions.Core.Rendering;
using ReportFunctions.Core.Validation;
using ReportFunctions.Pdf.Fonts;

namespace ReportFunctions.Core.Tests.Fuzzing;

/// <summary>
/// Intake, validation and rendering under structure-aware mutation: the samples with random leaves replaced (numbers
/// by edge values, text by random runs of every character class clerks paste, including controls, emoji and lone
/// marks) go the worker's way: read, validate, render when there is no error. Nothing may throw; a refusal always
/// has findings; a rendered report is a PDF. Case n is generated from new Random(n), so a failure names its case.
/// CI runs <see cref="CiCases"/> cases; FUZZ_SECONDS=1800 runs as long as asked (fuzz.sh, docs/reliability.md).
/// </summary>
public sealed class PipelineFuzzTests
{
    private const int CiCases = 120;

    private static readonly ReportValidator Validator = new(FixedTime.Default, BundledFonts.Shared);
    private static readonly ReportRenderer Renderer = new(FixedTime.Default);
    private static readonly string[] Samples = Directory.GetFiles(RepositoryRoot.File("samples"), "*.json").Order(StringComparer.Ordinal).Select(File.ReadAllText).ToArray();

    private static readonly long[] EdgeNumbers = [0, 1, -1, 9, 10, 99, 100, 9_999_999, 10_000_000, int.MaxValue, long.MaxValue, long.MinValue];

    private static readonly string[] TextPieces =
    [
        "政府信息公开", "依申请公开", "（一）", "（二）主动公开情况", "。", "，", "、", "；", "“", "”", "‘", "’", "《", "》", "——", "……",
        "2024年", "3119件", "96171.6万元", "\"", "'", " ", "  ", "\n", "\n\n", "\r\n", "\t", "\u3000", "ABC", "abc", "e-mail@gov.cn",
        "https://www.gov.cn/", "①", "Ⅱ", "％", "%", "℃", "😀", "\u200b", "\u0301", "\u0000", "\u001f", "\uFFFD", "𠀀", "龘", "丨",
    ];

    [Fact]
    public void ThePipeline_NeverFails_OnMutatedReports()
    {
        var seconds = int.TryParse(Environment.GetEnvironmentVariable("FUZZ_SECONDS"), CultureInfo.InvariantCulture, out var s) ? s : 0;
        var clock = Stopwatch.StartNew();
        var outcomes = new Dictionary<string, int>();
        var cases = 0;
        for (; cases < CiCases || clock.Elapsed.TotalSeconds < seconds; cases++)
        {
            var outcome = Run(cases);
            outcomes[outcome] = outcomes.GetValueOrDefault(outcome) + 1;
        }
        if (seconds > 0)
            Console.WriteLine($"fuzz: {cases} cases in {clock.Elapsed.TotalSeconds:F0} s: " +
                              string.Join(", ", outcomes.OrderBy(o => o.Key, StringComparer.Ordinal).Select(o => $"{o.Key} {o.Value}")));
        // Mutation must reach every stage, or the run proves little.
        Assert.True(outcomes.ContainsKey("refused by the reader") && outcomes.ContainsKey("refused by validation") && outcomes.ContainsKey("rendered"),
            string.Join(", ", outcomes.Select(o => $"{o.Key} {o.Value}")));
    }

    private static string Run(int n)
    {
        var random = new Random(n);
        var report = JsonNode.Parse(Samples[random.Next(Samples.Length)])!;
        // A third of the cases change any leaf to anything; the others keep each leaf's type (text stays text,
        // numbers stay numbers), which is what reaches validation and rendering.
        var anyType = random.Next(3) == 0;
        var textOnly = !anyType && random.Next(2) == 0;
        var leaves = Leaves(report).Where(l => anyType || (l.GetValueKind() == System.Text.Json.JsonValueKind.String) == textOnly).ToList();
        for (var mutations = random.Next(1, 4); mutations > 0; mutations--)
            Mutate(leaves[random.Next(leaves.Count)], random, anyType ? random.Next(3) : textOnly ? 2 : random.Next(2));
        var json = Encoding.UTF8.GetBytes(report.ToJsonString());
        try
        {
            var read = ReportReader.Read(json);
            if (read.Report is null)
            {
                Assert.NotEmpty(read.Errors);
                Assert.All(read.Errors, e => Assert.False(string.IsNullOrWhiteSpace(e.Message)));
                return "refused by the reader";
            }
            if (Validator.Validate(read.Report).Any(f => f.Severity == Severity.Error))
                return "refused by validation";
            var rendered = Renderer.Render(read.Report);
            Assert.True(rendered.Pdf.AsSpan().StartsWith("%PDF-"u8) && rendered.PageCount > 0);
            return "rendered";
        }
        catch (Exception e) when (e is not Xunit.Sdk.XunitException)
        {
            throw new InvalidOperationException($"Fuzz case {n} failed on: {report.ToJsonString()}", e);
        }
    }

    private static IEnumerable<JsonValue> Leaves(JsonNode node) => node switch
    {
        JsonObject o => o.Select(p => p.Value).Where(v => v is not null).SelectMany(v => Leaves(v!)),
        JsonArray a => a.Where(v => v is not null).SelectMany(v => Leaves(v!)),
        JsonValue v => [v],
        _ => [],
    };

    /// <param name="kind">0: an edge number, 1: a random count, 2: random text.</param>
    private static void Mutate(JsonValue leaf, Random random, int kind)
    {
        JsonNode replacement = kind switch
        {
            0 => JsonValue.Create(EdgeNumbers[random.Next(EdgeNumbers.Length)]),
            1 => JsonValue.Create(random.Next(0, 100_000)),
            _ => JsonValue.Create(RandomText(random)),
        };
        switch (leaf.Parent)
        {
            case JsonObject parent:
                parent[parent.First(p => ReferenceEquals(p.Value, leaf)).Key] = replacement;
                break;
            case JsonArray parent:
                parent[parent.IndexOf(leaf)] = replacement;
                break;
        }
    }

    private static string RandomText(Random random)
    {
        var text = new StringBuilder();
        for (var pieces = random.Next(0, 40); pieces > 0; pieces--)
            text.Append(TextPieces[random.Next(TextPieces.Length)]);
        return text.ToString();
    }
}
