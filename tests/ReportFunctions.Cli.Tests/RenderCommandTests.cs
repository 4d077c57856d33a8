namespace ReportFunctions.Cli.Tests;

public sealed class RenderCommandTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("reportfunctions-cli-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public void Render_WritesNothingAndExitsOne_WhenTheReportHasErrors()
    {
        var pdf = Path.Combine(folder, "out.pdf");
        var png = Path.Combine(folder, "out.png");

        var run = CliRun.Of("render", RepositoryRoot.File("samples", "invalid", "results-total.json"), "-o", pdf, "--png", png);

        Assert.Equal(ExitCodes.ReportErrors, run.ExitCode);
        Assert.Contains("results-total applications.total.naturalPerson", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("nothing was written", run.Stderr, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(folder));
    }

    [Fact]
    public void Render_ExitsTwo_ForMalformedJson()
    {
        var run = CliRun.Of("render", RepositoryRoot.File("samples", "invalid", "malformed-json.json"), "-o", Path.Combine(folder, "out.pdf"));

        Assert.Equal(ExitCodes.Unusable, run.ExitCode);
        Assert.Empty(Directory.GetFiles(folder));
    }

    [Fact]
    public void Render_WritesThePdfAndPng_ForAValidReport()
    {
        var pdf = Path.Combine(folder, "dalan.pdf");
        var png = Path.Combine(folder, "dalan.png");

        var run = CliRun.Of("render", RepositoryRoot.File("samples", "dalan-2021.json"), "-o", pdf, "--png", png);

        Assert.True(run.ExitCode == ExitCodes.Ok, run.Stderr);
        Assert.Equal("%PDF-"u8.ToArray(), File.ReadAllBytes(pdf)[..5]);
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], File.ReadAllBytes(png)[..4]);
        Assert.Contains($"wrote {pdf}", run.Stdout, StringComparison.Ordinal);
        Assert.Contains(" 页 pages", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_ExitsTwo_WhenTheOutputCannotBeWritten()
    {
        var run = CliRun.Of("render", RepositoryRoot.File("samples", "county-department-2024.json"), "-o", Path.Combine(folder, "missing", "out.pdf"));

        Assert.Equal(ExitCodes.Unusable, run.ExitCode);
        Assert.Contains("cannot write", run.Stderr, StringComparison.Ordinal);
        Assert.False(run.HasStackTrace);
    }
}
