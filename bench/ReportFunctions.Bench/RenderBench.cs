using System.Diagnostics;
using System.Globalization;
using ReportFunctions.Core.Model;
using ReportFunctions.Core.Reading;
using ReportFunctions.Core.Rendering;

namespace ReportFunctions.Bench;

/// <summary>
/// Rendering (issue 3 targets): warm render of the seed (median ≤ 30 ms), a 60-page report (≤ 1 s), the seed's
/// PDF size (≤ 150 KB), peak memory (≤ 300 MB) and cold start of the CLI, a new process to the first PDF
/// (≤ 1.5 s). Prints a Markdown section. Usage: <c>bench render [iterations]</c> (default 50).
/// </summary>
internal static class RenderBench
{
    private const int WarmUp = 5;

    public static async Task RunAsync(string[] args)
    {
        var iterations = args.Length > 0 && int.TryParse(args[0], CultureInfo.InvariantCulture, out var n) && n > 0 ? n : 50;
        var seedPath = RepositoryRoot.File("samples", "dalan-2021.json");
        var seed = ReportReader.Read(File.ReadAllBytes(seedPath)).Report
            ?? throw new InvalidOperationException("samples/dalan-2021.json does not read as a report.");
        var renderer = new ReportRenderer(TimeProvider.System);
        long peakHeap = 0;
        void SampleHeap() => peakHeap = Math.Max(peakHeap, GC.GetGCMemoryInfo().HeapSizeBytes);

        var first = Stopwatch.StartNew();
        var seedPdf = renderer.Render(seed);
        var firstInProcess = first.Elapsed.TotalMilliseconds;
        var seedTimes = Timings.Measure(WarmUp, iterations, () => renderer.Render(seed).PageCount, SampleHeap);
        var longReport = SixtyPages(seed);
        var longPdf = renderer.Render(longReport);
        var longTimes = Timings.Measure(WarmUp, Math.Max(3, iterations / 10), () => renderer.Render(longReport).PageCount, SampleHeap);
        var png = renderer.RenderFirstPagePng(seed);
        var cold = await ColdStartAsync(seedPath);

        Console.WriteLine("## Rendering");
        Console.WriteLine();
        Console.WriteLine($"{iterations} timed renders of the seed after {WarmUp} warm-up, one thread, {Environment.ProcessorCount} cores, .NET {Environment.Version}.");
        Console.WriteLine();
        Console.WriteLine("| measure | result | target |");
        Console.WriteLine("|---|---:|---:|");
        Console.WriteLine(Invariant($"| seed warm render, median | {Timings.Percentile(seedTimes, 0.50):F1} ms | ≤ 30 ms |"));
        Console.WriteLine(Invariant($"| seed warm render, p95 | {Timings.Percentile(seedTimes, 0.95):F1} ms | |"));
        Console.WriteLine(Invariant($"| seed first render in this process (loads the fonts, jits the code) | {firstInProcess:F0} ms | |"));
        Console.WriteLine(Invariant($"| seed PDF size ({seedPdf.PageCount} pages) | {seedPdf.Pdf.Length / 1024.0:F0} KB | ≤ 150 KB |"));
        Console.WriteLine(Invariant($"| {longPdf.PageCount}-page report, median | {Timings.Percentile(longTimes, 0.50):F0} ms | ≤ 1000 ms |"));
        Console.WriteLine(Invariant($"| {longPdf.PageCount}-page PDF size | {longPdf.Pdf.Length / 1024.0:F0} KB | |"));
        Console.WriteLine(Invariant($"| page-1 PNG thumbnail (800 px) | {png.Length / 1024.0:F0} KB | |"));
        Console.WriteLine(Invariant($"| peak GC heap | {peakHeap / 1048576.0:F0} MB | |"));
        Console.WriteLine(Invariant($"| peak working set of this process | {Process.GetCurrentProcess().PeakWorkingSet64 / 1048576.0:F0} MB | ≤ 300 MB |"));
        Console.WriteLine(cold is { } ms
            ? Invariant($"| cold start: new CLI process (published ReadyToRun) to the seed's PDF, median of 3 | {ms:F0} ms | ≤ 1500 ms |")
            : "| cold start | CLI could not be built; not measured | ≤ 1500 ms |");
        Console.WriteLine();
    }

    /// <summary>The seed with a long 一、总体情况: 16 blocks of 20 paragraphs, about 60 pages.</summary>
    private static Report SixtyPages(Report seed)
    {
        var paragraph = "各级行政机关坚持以公开为常态、不公开为例外，围绕政策解读、回应关切和平台建设，持续推进决策、执行、管理、服务、结果公开，全年通过政府网站、政务新媒体和政务服务中心公开各类政府信息3119条，较上年增长12.5%。";
        var blocks = Enumerable.Range(1, 16).Select(i => new Block($"（{i}）专项工作", [.. Enumerable.Repeat(paragraph, 20)])).ToList();
        return seed with { Overview = blocks };
    }

    // The CLI published ReadyToRun (as deployed), timed from process start to exit: `dotnet reportfunctions.dll render`.
    private static async Task<double?> ColdStartAsync(string seedPath)
    {
        var dll = await PublishedApps.CliAsync();
        var output = Path.Combine(PublishedApps.Root, "seed.pdf");
        var times = new List<double>();
        for (var i = 0; i < 3; i++)
        {
            var start = Stopwatch.GetTimestamp();
            if ((await PublishedApps.RunAsync("dotnet", [dll, "render", seedPath, "-o", output])).ExitCode != 0)
                return null;
            times.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
        }
        return times.Order().ElementAt(1);
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
