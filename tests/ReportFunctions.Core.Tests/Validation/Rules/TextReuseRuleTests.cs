using ReportFunctions.Core.Model;
using ReportFunctions.Core.Validation;
using ReportFunctions.Core.Validation.Rules;

namespace ReportFunctions.Core.Tests.Validation.Rules;

public sealed class TextReuseRuleTests
{
    private const string Copied = "坚持以人民为中心的发展思想，围绕中心服务大局，持续深化政务公开工作，切实保障人民群众的知情权参与权表达权监督权。";
    private const string Fresh = "本年度新建不动产登记查询专区，群众可在大厅自助终端查询登记进度，减少来回奔波。";

    private static List<ValidationError> Check(string[] thisYear, string[] lastYear)
    {
        var previous = ReportBuilder.PreviousYear().With(r => r with
        {
            Overview = [new Block(null, lastYear)], ActiveDisclosure = r.ActiveDisclosure with { Narrative = [] }, ProblemsAndImprovements = [], OtherMatters = [],
        }).Build();
        var report = ReportBuilder.Valid().With(r => r with
        {
            Overview = [new Block(null, thisYear)], ActiveDisclosure = r.ActiveDisclosure with { Narrative = [] }, ProblemsAndImprovements = [], OtherMatters = [],
        }).Build();
        return new TextReuseRule().Check(report, new ValidationContext(new PreviousReport(previous, "2020年度报告第3版"))).ToList();
    }

    [Fact]
    public void Check_FindsNothing_WithoutAPreviousYear() =>
        Assert.Empty(new TextReuseRule().Check(ReportBuilder.Valid().Build(), ValidationContext.None));

    [Fact]
    public void Check_FindsNothing_ForNewText() => Assert.Empty(Check([Fresh], [Copied]));

    [Fact]
    public void Check_FindsNothing_AtHalfOrLess() => Assert.Empty(Check([Copied, Fresh + Fresh], [Copied]));

    [Fact]
    public void Check_WarnsWithTheRatioAndTheLongestPassages_AboveHalf()
    {
        var finding = Assert.Single(Check([Copied, Fresh], [Copied]));

        Assert.Equal((ErrorCodes.TextReuse, Severity.Warning, "overview[0].paragraphs[0]"), (finding.Code, finding.Severity, finding.Path));
        Assert.StartsWith("正文与2020年度报告第3版重复率为59.1%（52/88字", finding.Message, StringComparison.Ordinal);
        Assert.Contains("最长的重复段落：“坚持以人民为中心的发展思想，围绕中心服务大局，持续深化政务公开工作，切实保障人…”（52字）", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_IgnoresPunctuationAndSpacing_WhenComparing() =>
        Assert.Single(Check([Copied.Replace("，", " ", StringComparison.Ordinal)], [Copied]));

    [Fact]
    public void Check_CountsOnlyRunsOfThirteenCharactersOrMore() =>
        Assert.Empty(Check(["坚持以人民为中心的发展思想另起炉灶写了新的内容"], ["坚持以人民为中心的发展思路不变"]));
}
