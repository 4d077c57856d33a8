using System.Globalization;
using ReportFunctions.Core.Reading;
using ReportFunctions.Core.Validation;
using ReportFunctions.Pdf.Fonts;

namespace ReportFunctions.Bench;

/// <summary>
/// Reading and validating the seed sample (target ≤ 1 ms per report, issue 2): read + validate, and validate
/// alone, each timed per call after a warm-up; and the county 2024 sample validated against 2023 with its deadline,
/// which runs every cross-year rule (text-reuse is the costliest); prints median, p95 and max as a Markdown section.
/// Usage: <c>bench validate [iterations]</c> (default 2000).
/// </summary>
internal static class ValidationBench
{
    private const int WarmUp = 200;

    public static Task RunAsync(string[] args)
    {
        var iterations = args.Length > 0 && int.TryParse(args[0], CultureInfo.InvariantCulture, out var n) && n > 0 ? n : 2000;
        var bytes = File.ReadAllBytes(RepositoryRoot.File("samples", "dalan-2021.json"));
        var validator = new ReportValidator(TimeProvider.System, BundledFonts.Shared);
        var report = ReportReader.Read(bytes).Report
            ?? throw new InvalidOperationException("samples/dalan-2021.json does not read as a report.");

        var readAndValidate = Timings.Measure(WarmUp, iterations, () => validator.Validate(ReportReader.Read(bytes).Report!).Count);
        var validateOnly = Timings.Measure(WarmUp, iterations, () => validator.Validate(report).Count);
        var county = Load("county-department-2024.json");
        var context = new ValidationContext(new PreviousReport(Load("county-department-2023.json"), "2023年度报告"), new DateOnly(2025, 1, 31));
        var crossYear = Timings.Measure(WarmUp, iterations, () => validator.Validate(county, context).Count);
        // The most text intake accepts: a body just under its 1 MiB limit, all of it narrative.
        var largest = Largest(report);
        var largestTimes = Timings.Measure(5, Math.Max(20, iterations / 50), () => validator.Validate(ReportReader.Read(largest).Report!).Count);

        Console.WriteLine("## Validation (samples/dalan-2021.json)");
        Console.WriteLine();
        Console.WriteLine($"{iterations} timed iterations after {WarmUp} warm-up, one thread, {Environment.ProcessorCount} cores, .NET {Environment.Version}. Target: ≤ 1 ms per report.");
        Console.WriteLine();
        Console.WriteLine("| operation | median (ms) | p95 (ms) | max (ms) |");
        Console.WriteLine("|---|---:|---:|---:|");
        Console.WriteLine(Row("read + validate", readAndValidate));
        Console.WriteLine(Row("validate only", validateOnly));
        Console.WriteLine(Row("county 2024 against 2023, validate only (all cross-year rules)", crossYear));
        Console.WriteLine(Row($"read + validate, largest accepted body ({largest.Length / 1024} KB of narrative)", largestTimes));
        Console.WriteLine();
        return Task.CompletedTask;
    }

    private static Core.Model.Report Load(string name) =>
        ReportReader.Read(File.ReadAllBytes(RepositoryRoot.File("samples", name))).Report
        ?? throw new InvalidOperationException($"samples/{name} does not read as a report.");

    private static byte[] Largest(Core.Model.Report seed)
    {
        const int limit = 1024 * 1024;
        byte[] json = ReportWriter.Write(seed);
        for (var blocks = 1; ; blocks++)
        {
            var next = ReportWriter.Write(LongReport.From(seed, blocks));
            if (next.Length > limit)
                return json;
            json = next;
        }
    }

    private static string Row(string name, double[] sorted) =>
        string.Create(CultureInfo.InvariantCulture,
            $"| {name} | {Timings.Percentile(sorted, 0.50):F3} | {Timings.Percentile(sorted, 0.95):F3} | {sorted[^1]:F3} |");
}
