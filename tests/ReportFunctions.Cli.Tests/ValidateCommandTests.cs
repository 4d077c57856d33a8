using System.Text.Json;

namespace ReportFunctions.Cli.Tests;

public sealed class ValidateCommandTests
{
    private static string Sample(string name) => RepositoryRoot.File("samples", name);

    private static string Invalid(string name) => RepositoryRoot.File("samples", "invalid", name);

    [Fact]
    public void Validate_ExitsZero_ForAValidReport()
    {
        var run = CliRun.Of("validate", Sample("county-department-2024.json"));

        Assert.Equal(ExitCodes.Ok, run.ExitCode);
        Assert.Contains("校验通过", run.Stdout, StringComparison.Ordinal);
        Assert.Empty(run.Stderr);
    }

    [Fact]
    public void Validate_ExitsZero_WithWarningsOnly()
    {
        var run = CliRun.Of("validate", Sample("dalan-2021.json"));

        Assert.Equal(ExitCodes.Ok, run.ExitCode);
        Assert.Contains("[警告 warning] signature-date signature.date", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_ExitsOne_AndListsEveryError()
    {
        var run = CliRun.Of("validate", Invalid("balance.json"));

        Assert.Equal(ExitCodes.ReportErrors, run.ExitCode);
        Assert.Contains("balance applications.carriedForward.commercial", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("balance applications.carriedForward.total", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("未通过校验，2 个错误", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_ExitsOne_ForContractErrorsFoundWhileReading() =>
        Assert.Equal(ExitCodes.ReportErrors, CliRun.Of("validate", Invalid("type.json")).ExitCode);

    [Fact]
    public void ValidateJson_PrintsOnlyTheResultObject()
    {
        var run = CliRun.Of("validate", Invalid("outcome-total.json"), "--json");

        Assert.Equal(ExitCodes.ReportErrors, run.ExitCode);
        using var json = JsonDocument.Parse(run.Stdout);
        var root = json.RootElement;
        Assert.Equal(["valid", "errors"], root.EnumerateObject().Select(p => p.Name));
        Assert.False(root.GetProperty("valid").GetBoolean());
        var error = Assert.Single(root.GetProperty("errors").EnumerateArray());
        Assert.Equal(["code", "severity", "path", "message"], error.EnumerateObject().Select(p => p.Name));
        Assert.Equal("outcome-total", error.GetProperty("code").GetString());
        Assert.Equal("error", error.GetProperty("severity").GetString());
        Assert.Equal("reviewsAndLitigation.review.total", error.GetProperty("path").GetString());
        Assert.Contains("行政复议·总计", error.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void ValidateJson_IncludesWarnings_AndIsValid()
    {
        var run = CliRun.Of("validate", "--json", Sample("dalan-2021.json"));

        using var json = JsonDocument.Parse(run.Stdout);
        Assert.True(json.RootElement.GetProperty("valid").GetBoolean());
        Assert.Equal("warning", json.RootElement.GetProperty("errors")[0].GetProperty("severity").GetString());
    }

    [Fact]
    public void ValidatePrevious_WarnsAboutCarryOver()
    {
        var run = CliRun.Of("validate", Invalid("carry-over.json"), "--previous", Sample("county-department-2023.json"), "--json");

        Assert.Equal(ExitCodes.Ok, run.ExitCode);
        using var json = JsonDocument.Parse(run.Stdout);
        Assert.All(json.RootElement.GetProperty("errors").EnumerateArray(), e => Assert.Equal("carry-over", e.GetProperty("code").GetString()));
        Assert.NotEqual(0, json.RootElement.GetProperty("errors").GetArrayLength());
    }

    [Fact]
    public void ValidatePrevious_ReportsAPreviousReportWithErrors_AndDoesNotCompareWithIt()
    {
        var folder = Directory.CreateTempSubdirectory("previous-");
        var previous = Path.Combine(folder.FullName, "previous-2023.json");
        File.WriteAllText(previous, File.ReadAllText(Sample("county-department-2023.json"))
            .Replace("\"review\": {\n      \"upheld\": 2", "\"review\": {\n      \"upheld\": 9", StringComparison.Ordinal));

        var run = CliRun.Of("validate", Invalid("carry-over.json"), "--previous", previous, "--json");

        Assert.Equal(ExitCodes.Ok, run.ExitCode);
        Assert.Contains("有1个错误，未用于跨年校验", run.Stderr, StringComparison.Ordinal);
        Assert.Contains("outcome-total", run.Stderr, StringComparison.Ordinal);
        using var json = JsonDocument.Parse(run.Stdout);
        Assert.Equal(0, json.RootElement.GetProperty("errors").GetArrayLength());
    }

    [Fact]
    public void ValidatePrevious_ExitsTwo_WhenItIsNotTheYearBefore()
    {
        var run = CliRun.Of("validate", Sample("county-department-2024.json"), "--previous", Sample("dalan-2021.json"));
        Assert.Equal(ExitCodes.Unusable, run.ExitCode);
        Assert.Contains("2023", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_ExitsTwo_ForMalformedJson_WithPositionInChineseAndEnglish()
    {
        var run = CliRun.Of("validate", Invalid("malformed-json.json"));

        Assert.Equal(ExitCodes.Unusable, run.ExitCode);
        Assert.Contains("不是有效的JSON：第", run.Stderr, StringComparison.Ordinal);
        Assert.Contains("not valid JSON (line ", run.Stderr, StringComparison.Ordinal);
        Assert.False(run.HasStackTrace);
    }

    [Fact]
    public void ValidateJson_ReportsMalformedJsonAsItsOnlyError()
    {
        var run = CliRun.Of("validate", Invalid("malformed-json.json"), "--json");

        Assert.Equal(ExitCodes.Unusable, run.ExitCode);
        using var json = JsonDocument.Parse(run.Stdout);
        Assert.Equal("malformed-json", Assert.Single(json.RootElement.GetProperty("errors").EnumerateArray()).GetProperty("code").GetString());
    }

    [Fact]
    public void Validate_ExitsTwo_ForAMissingFile()
    {
        var run = CliRun.Of("validate", RepositoryRoot.File("samples", "no-such-report.json"));

        Assert.Equal(ExitCodes.Unusable, run.ExitCode);
        Assert.Contains("找不到文件", run.Stderr, StringComparison.Ordinal);
        Assert.Contains("file not found", run.Stderr, StringComparison.Ordinal);
        Assert.Empty(run.Stdout);
    }

    [Fact]
    public void Validate_ExitsTwo_ForADirectory() => Assert.Equal(ExitCodes.Unusable, CliRun.Of("validate", RepositoryRoot.File("samples")).ExitCode);

    [Theory]
    [InlineData("[]")]
    [InlineData("{}")]
    [InlineData("{\"name\": \"package\", \"version\": \"1.0.0\"}")]
    [InlineData("\"2021\"")]
    public void Validate_ExitsTwo_ForJsonThatIsNotAReport(string content)
    {
        var file = Path.GetTempFileName();
        try
        {
            File.WriteAllText(file, content);
            var run = CliRun.Of("validate", file);
            Assert.Equal(ExitCodes.Unusable, run.ExitCode);
            Assert.Contains("not a report", run.Stderr, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void Validate_UsesTheBundledFonts_ForUnsupportedCharacters()
    {
        var run = CliRun.Of("validate", Invalid("unsupported-character.json"));

        Assert.Equal(ExitCodes.ReportErrors, run.ExitCode);
        Assert.Contains("“𠮷”（U+20BB7）", run.Stdout, StringComparison.Ordinal);
    }
}
