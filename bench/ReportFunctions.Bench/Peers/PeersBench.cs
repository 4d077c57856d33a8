using System.Diagnostics;
using System.Globalization;
using ReportFunctions.Core.Model;
using ReportFunctions.Core.Reading;
using ReportFunctions.Core.Rendering;

namespace ReportFunctions.Bench.Peers;

/// <summary>
/// Ours against what people use instead (issue 14), per document (the seed, a county department's report, a
/// 60-page report): our renderer warm (in process) and cold (a new CLI process, published ReadyToRun); headless
/// Chromium printing the same report's HTML edition with the same fonts, cold (new process) and warm (kept running,
/// CDP Page.printToPDF); LibreOffice exporting the official Word template filled with the same data, cold (new
/// soffice) and warm (a running soffice over UNO). Warm runs alternate engines, so every ratio comes from the same
/// minutes of the same machine. Every PDF's pages, size and extracted text are checked the same way (<see cref="PdfFacts"/>).
/// Usage: <c>bench peers [warm-runs] [cold-runs]</c> (defaults 20 and 3).
/// </summary>
internal static class PeersBench
{
    private sealed record Engine(string Name, double ColdMs, double WarmMs, PdfFacts.Facts Facts);

    private sealed record Document(string Name, Report Report, string Json);

    public static async Task RunAsync(string[] args)
    {
        var warmRuns = args.Length > 0 && int.TryParse(args[0], CultureInfo.InvariantCulture, out var w) && w > 0 ? w : 20;
        var coldRuns = args.Length > 1 && int.TryParse(args[1], CultureInfo.InvariantCulture, out var c) && c > 0 ? c : 3;
        var work = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "reportfunctions-bench-peers")).FullName;
        var cli = await PublishedApps.CliAsync();
        var county = Read("county-department-2024.json");
        var documents = new List<Document>
        {
            new("seed (dalan-2021)", Read("dalan-2021.json"), RepositoryRoot.File("samples", "dalan-2021.json")),
            new("county (county-department-2024)", county, RepositoryRoot.File("samples", "county-department-2024.json")),
        };
        var longJson = Path.Combine(work, "long.json");
        var longReport = LongReport.From(county);
        File.WriteAllBytes(longJson, ReportWriter.Write(longReport));
        documents.Add(new("60-page (county, long 一)", longReport, longJson));

        var renderer = new ReportRenderer(TimeProvider.System);
        var results = new List<(Document Document, Engine Ours, Engine Chromium, Engine LibreOffice)>();
        await using var chromium = await ChromiumPeer.StartAsync();
        await using var office = await LibreOfficePeer.StartAsync();
        for (var d = 0; d < documents.Count; d++)
        {
            var document = documents[d];
            var stem = Path.Combine(work, $"doc{d}");
            var (html, docx) = (stem + ".html", stem + ".docx");
            File.WriteAllText(html, ChromiumPeer.Html(document.Report));
            OfficialTemplate.Fill(document.Report, docx);
            var (oursPdf, chromiumPdf, officePdf) = (stem + "-ours.pdf", stem + "-chromium.pdf", stem + "-libreoffice.pdf");
            var officeColdDir = Directory.CreateDirectory(stem + "-cold").FullName;

            // Cold: new processes, one engine after the other, each run once untimed first (disk cache, LibreOffice's profile).
            await RunCliAsync(cli, document.Json, oursPdf);
            await ChromiumPeer.PrintColdAsync(html, chromiumPdf);
            await LibreOfficePeer.PrepareColdAsync(docx, officeColdDir);
            var (oursCold, chromiumCold, officeCold) = (new List<double>(), new List<double>(), new List<double>());
            for (var i = 0; i < coldRuns; i++)
            {
                oursCold.Add(await RunCliAsync(cli, document.Json, oursPdf));
                chromiumCold.Add(await ChromiumPeer.PrintColdAsync(html, chromiumPdf));
                officeCold.Add(await LibreOfficePeer.ConvertColdAsync(docx, officeColdDir));
            }

            // Warm: two untimed rounds, then alternating timed rounds.
            var (oursWarm, chromiumWarm, officeWarm) = (new List<double>(), new List<double>(), new List<double>());
            for (var i = -2; i < warmRuns; i++)
            {
                var ours = await TimeAsync(() => File.WriteAllBytesAsync(oursPdf, renderer.Render(document.Report).Pdf));
                var browser = await TimeAsync(() => chromium.PrintAsync(html, chromiumPdf));
                var libre = await TimeAsync(() => office.ConvertAsync(docx, officePdf));
                if (i < 0)
                    continue;
                oursWarm.Add(ours);
                chromiumWarm.Add(browser);
                officeWarm.Add(libre);
            }
            results.Add((document,
                new Engine("ours", Median(oursCold), Median(oursWarm), await PdfFacts.CheckAsync(oursPdf, document.Report)),
                new Engine("Chromium", Median(chromiumCold), Median(chromiumWarm), await PdfFacts.CheckAsync(chromiumPdf, document.Report)),
                new Engine("LibreOffice", Median(officeCold), Median(officeWarm), await PdfFacts.CheckAsync(officePdf, document.Report))));
        }
        Print(results, warmRuns, coldRuns, "Chromium " + chromium.Version);
    }

    private static void Print(List<(Document Document, Engine Ours, Engine Chromium, Engine LibreOffice)> results, int warmRuns, int coldRuns, string chromiumVersion)
    {
        var officeVersion = Version(LibreOfficePeer.Executable, "--version");
        Console.WriteLine("## Against Chromium and LibreOffice");
        Console.WriteLine();
        Console.WriteLine($"Same content for every engine: ours renders the report; {chromiumVersion} prints its HTML edition " +
                          "(`ReportHtmlRenderer`, with @font-face rules pointing at our bundled font files); " +
                          $"{officeVersion} exports the official Word template filled with the same data (Noto Serif CJK SC). " +
                          $"Cold: a new process to the written PDF, median of {coldRuns} (ours: the CLI published ReadyToRun, which also validates). " +
                          $"Warm: median of {warmRuns} alternating runs with the engine kept running — ours in process; Chromium over CDP " +
                          "(Playwright: navigate, fonts ready, `Page.printToPDF`); LibreOffice as `soffice --accept` driven over UNO (load, export, close). " +
                          "“× ours” is the engine's time over ours in the same run. Text right = pdftotext finds every paragraph, every number of the report " +
                          "at least as often as the report prints it, and no radical characters (U+2F00–2FDF, U+2E80–2EFF).");
        Console.WriteLine();
        Console.WriteLine("| document | engine | pages | size | text right | cold (ms) | cold × ours | warm (ms) | warm × ours |");
        Console.WriteLine("|---|---|---:|---:|---|---:|---:|---:|---:|");
        foreach (var (document, ours, chromium, office) in results)
        {
            foreach (var engine in new[] { ours, chromium, office })
            {
                var text = engine.Facts.TextRight ? "yes" : $"**no**: {engine.Facts.Problem}";
                var coldRatio = engine == ours ? "" : Invariant($"{engine.ColdMs / ours.ColdMs:F1}×");
                var warmRatio = engine == ours ? "" : Invariant($"{engine.WarmMs / ours.WarmMs:F0}×");
                Console.WriteLine(Invariant($"| {document.Name} | {engine.Name} | {engine.Facts.Pages} | {engine.Facts.Bytes / 1024.0:F0} KB | {text} | {engine.ColdMs:F0} | {coldRatio} | {engine.WarmMs:F1} | {warmRatio} |"));
            }
        }
        Console.WriteLine();

        Console.WriteLine("| target (issue 14) | worst document | met |");
        Console.WriteLine("|---|---|---|");
        Target("warm ≥ 20× faster than warm Chromium", results.Min(r => r.Chromium.WarmMs / r.Ours.WarmMs), 20);
        Target("warm ≥ 50× faster than a running LibreOffice", results.Min(r => r.LibreOffice.WarmMs / r.Ours.WarmMs), 50);
        Target("cold process ≥ 10× faster than Chromium", results.Min(r => r.Chromium.ColdMs / r.Ours.ColdMs), 10);
        Target("cold process ≥ 5× faster than LibreOffice", results.Min(r => r.LibreOffice.ColdMs / r.Ours.ColdMs), 5);
        var smaller = results.All(r => r.Ours.Facts.Bytes < r.Chromium.Facts.Bytes && r.Ours.Facts.Bytes < r.LibreOffice.Facts.Bytes);
        var sizeRatio = results.Min(r => Math.Min(r.Chromium.Facts.Bytes, r.LibreOffice.Facts.Bytes) / (double)r.Ours.Facts.Bytes);
        Console.WriteLine(Invariant($"| smaller files than both | smallest peer file {sizeRatio:F1}× ours | {(smaller ? "yes" : "**no**")} |"));
        var right = results.All(r => r.Ours.Facts.TextRight);
        Console.WriteLine($"| our extracted text right (every paragraph and number, no radicals) | {(right ? "all documents" : "see table")} | {(right ? "yes" : "**no**")} |");
        var seedWarm = results[0].Ours.WarmMs;
        Console.WriteLine(Invariant($"| seed warm render ≤ 30 ms | {seedWarm:F1} ms | {(seedWarm <= 30 ? "yes" : "**no**")} |"));
        var longWarm = results[^1].Ours.WarmMs;
        Console.WriteLine(Invariant($"| 60 pages ≤ 1 s | {results[^1].Ours.Facts.Pages} pages in {longWarm:F0} ms | {(longWarm <= 1000 ? "yes" : "**no**")} |"));
        Console.WriteLine();
    }

    private static void Target(string name, double worst, double target) =>
        Console.WriteLine(Invariant($"| {name} | {worst:F1}× | {(worst >= target ? "yes" : "**no**")} |"));

    private static async Task<double> RunCliAsync(string cli, string json, string pdf)
    {
        var start = Stopwatch.GetTimestamp();
        var (exit, output) = await PublishedApps.RunAsync("dotnet", [cli, "render", json, "-o", pdf]);
        var elapsed = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        if (exit != 0)
            throw new InvalidOperationException($"reportfunctions render {json} failed ({exit}): {output}");
        return elapsed;
    }

    private static async Task<double> TimeAsync(Func<Task> action)
    {
        var start = Stopwatch.GetTimestamp();
        await action();
        return Stopwatch.GetElapsedTime(start).TotalMilliseconds;
    }

    private static double Median(List<double> values) => Timings.Percentile([.. values.Order()], 0.5);

    private static string Version(string file, string argument)
    {
        try
        {
            var (_, output) = PublishedApps.RunAsync(file, [argument]).GetAwaiter().GetResult();
            return output.Split('\n', StringSplitOptions.RemoveEmptyEntries).LastOrDefault()?.Trim() ?? file;
        }
        catch (Exception e) when (e is InvalidOperationException or System.ComponentModel.Win32Exception)
        {
            return file;
        }
    }

    private static Report Read(string sample) =>
        ReportReader.Read(File.ReadAllBytes(RepositoryRoot.File("samples", sample))).Report
            ?? throw new InvalidOperationException($"samples/{sample} does not read as a report.");

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
