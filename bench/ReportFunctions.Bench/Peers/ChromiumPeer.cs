using System.Diagnostics;
using Microsoft.Playwright;
using ReportFunctions.Core.Model;
using ReportFunctions.Core.Rendering.Html;

namespace ReportFunctions.Bench.Peers;

/// <summary>
/// Headless Chromium (Debian's /usr/bin/chromium) printing the report's HTML edition (<see cref="ReportHtmlRenderer"/>)
/// with @font-face rules pointing at our bundled font files, so content and faces match our PDF. Cold: a new
/// `chromium --headless --print-to-pdf` process per document. Warm: one browser kept running, driven over CDP
/// by Playwright: navigate to the page and <c>Page.printToPDF</c> (page.PdfAsync).
/// </summary>
internal sealed class ChromiumPeer : IAsyncDisposable
{
    public const string Executable = "/usr/bin/chromium";

    private static readonly string[] Flags = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run"];

    private readonly IPlaywright playwright;
    private readonly IBrowser browser;
    private readonly IPage page;

    private ChromiumPeer(IPlaywright playwright, IBrowser browser, IPage page) => (this.playwright, this.browser, this.page) = (playwright, browser, page);

    /// <summary>The running browser's version, e.g. "156.0.8078.114".</summary>
    public string Version => browser.Version;

    /// <summary>The HTML page Chromium prints: our HTML edition with the bundled fonts as local file URLs.</summary>
    public static string Html(Report report)
    {
        var fonts = RepositoryRoot.File("src", "ReportFunctions.Pdf", "Fonts");
        string Url(string file) => new Uri(Path.Combine(fonts, file)).AbsoluteUri;
        var css = $$"""
            @font-face{font-family:"Report Serif";font-weight:400;src:url("{{Url("NotoSerifCJKsc-Regular.ttf")}}")}
            @font-face{font-family:"Report Serif";font-weight:700;src:url("{{Url("NotoSerifCJKsc-Bold.ttf")}}")}
            @font-face{font-family:"Report Sans";font-weight:700;src:url("{{Url("NotoSansCJKsc-Bold.ttf")}}")}
            body{font-family:"Report Serif",serif}
            h2{font-family:"Report Sans",sans-serif}
            """;
        return new ReportHtmlRenderer().Render(report, css);
    }

    public static async Task<ChromiumPeer> StartAsync()
    {
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions { ExecutablePath = Executable, Args = Flags[1..] });
        var page = await browser.NewPageAsync();
        return new ChromiumPeer(playwright, browser, page);
    }

    /// <summary>Warm: load the page in the running browser, wait for its fonts, print it to <paramref name="pdf"/>.</summary>
    public async Task PrintAsync(string html, string pdf)
    {
        await page.GotoAsync(new Uri(html).AbsoluteUri, new PageGotoOptions { WaitUntil = WaitUntilState.Load });
        await page.EvaluateAsync("() => document.fonts.ready.then(() => true)");
        await page.PdfAsync(new PagePdfOptions { Path = pdf, PreferCSSPageSize = true, PrintBackground = true });
    }

    /// <summary>Cold: a new Chromium process from start to the written PDF; milliseconds.</summary>
    public static async Task<double> PrintColdAsync(string html, string pdf)
    {
        File.Delete(pdf);
        var start = Stopwatch.GetTimestamp();
        var (exit, output) = await PublishedApps.RunAsync(Executable,
            [.. Flags, "--no-pdf-header-footer", $"--print-to-pdf={pdf}", $"--user-data-dir={Path.Combine(Path.GetTempPath(), "bench-chromium-cold")}", new Uri(html).AbsoluteUri]);
        var elapsed = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        if (exit != 0 || !File.Exists(pdf))
            throw new InvalidOperationException($"chromium --print-to-pdf failed ({exit}): {output}");
        return elapsed;
    }

    public async ValueTask DisposeAsync()
    {
        await browser.CloseAsync();
        playwright.Dispose();
    }
}
