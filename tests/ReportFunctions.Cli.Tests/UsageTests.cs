namespace ReportFunctions.Cli.Tests;

public sealed class UsageTests
{
    [Theory]
    [InlineData]
    [InlineData("check", "x.json")]
    [InlineData("validate")]
    [InlineData("validate", "a.json", "b.json")]
    [InlineData("validate", "a.json", "--yaml")]
    [InlineData("validate", "a.json", "--previous")]
    [InlineData("render", "a.json")]
    [InlineData("render", "a.json", "-o")]
    [InlineData("render", "a.json", "-o", "a.pdf", "--json")]
    public void BadUsage_ExitsTwo_WithTheUsageOnStderr(params string[] args)
    {
        var run = CliRun.Of(args);

        Assert.Equal(ExitCodes.Unusable, run.ExitCode);
        Assert.Contains("用法 / usage", run.Stderr, StringComparison.Ordinal);
        Assert.Empty(run.Stdout);
    }

    [Theory]
    [InlineData("--help")]
    [InlineData("-h")]
    [InlineData("help")]
    public void Help_ExitsZero_WithTheUsageOnStdout(string flag)
    {
        var run = CliRun.Of(flag);
        Assert.Equal(ExitCodes.Ok, run.ExitCode);
        Assert.Contains("reportfunctions validate FILE", run.Stdout, StringComparison.Ordinal);
    }
}
