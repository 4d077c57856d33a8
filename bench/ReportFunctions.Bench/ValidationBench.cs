using System.Diagnostics;
using System.Globalization;
using System.Reflection;
using ReportFunctions.Core.Reading;
using ReportFunctions.Core.Validation;
using ReportFunctions.Pdf.Fonts;

namespace ReportFunctions.Bench;

/// <summary>
/// Reading and validating the seed sample (target ≤ 1 ms per report, issue 2): read + validate, and validate
/// alone, each timed per call after a warm-up; prints median, p95 and max as a Markdown section.
/// Usage: <c>bench validate [iterations]</c> (default 2000).
/// </summary>
internal static class ValidationBench
{
    private const int WarmUp = 200;

    public static Task RunAsync(string[] args)
    {
        var iterations = args.Length > 0 && int.TryParse(args[0], CultureInfo.InvariantCulture, out var n) && n > 0 ? n : 2000;
        var root = typeof(ValidationBench).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .Single(a => a.Key == "RepositoryRoot").Value!;
        var bytes = File.ReadAllBytes(Path.Combine(root, "samples", "dalan-2021.json"));
        var validator = new ReportValidator(TimeProvider.System, BundledFonts.Shared);
        var report = ReportReader.Read(bytes).Report
            ?? throw new InvalidOperationException("samples/dalan-2021.json does not read as a report.");

        var readAndValidate = Measure(iterations, () => validator.Validate(ReportReader.Read(bytes).Report!).Count);
        var validateOnly = Measure(iterations, () => validator.Validate(report).Count);

        Console.WriteLine("## Validation (samples/dalan-2021.json)");
        Console.WriteLine();
        Console.WriteLine($"{iterations} timed iterations after {WarmUp} warm-up, one thread, {Environment.ProcessorCount} cores, .NET {Environment.Version}. Target: ≤ 1 ms per report.");
        Console.WriteLine();
        Console.WriteLine("| operation | median (ms) | p95 (ms) | max (ms) |");
        Console.WriteLine("|---|---:|---:|---:|");
        Console.WriteLine(Row("read + validate", readAndValidate));
        Console.WriteLine(Row("validate only", validateOnly));
        Console.WriteLine();
        return Task.CompletedTask;
    }

    private static double[] Measure(int iterations, Func<int> operation)
    {
        // The findings count is accumulated so the JIT cannot drop the call.
        var sink = 0;
        for (var i = 0; i < WarmUp; i++)
            sink += operation();
        var milliseconds = new double[iterations];
        for (var i = 0; i < iterations; i++)
        {
            var start = Stopwatch.GetTimestamp();
            sink += operation();
            milliseconds[i] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        }
        GC.KeepAlive(sink);
        Array.Sort(milliseconds);
        return milliseconds;
    }

    private static string Row(string name, double[] sorted) =>
        string.Create(CultureInfo.InvariantCulture,
            $"| {name} | {Percentile(sorted, 0.50):F3} | {Percentile(sorted, 0.95):F3} | {sorted[^1]:F3} |");

    private static double Percentile(double[] sorted, double p) => sorted[(int)Math.Ceiling(p * sorted.Length) - 1];
}
