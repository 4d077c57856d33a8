using ReportFunctions.Core.Model;
using ReportFunctions.Core.Validation;
using ReportFunctions.Core.Validation.Rules;

namespace ReportFunctions.Core.Tests.Validation.Rules;

public sealed class RectificationRuleTests
{
    private static List<ValidationError> Check(params Block[] blocks) =>
        new RectificationRule().Check(ReportBuilder.Valid().With(r => r with { ProblemsAndImprovements = blocks }).Build(), ValidationContext.None).ToList();

    [Theory]
    [InlineData("针对上年度报告指出的栏目更新不及时问题，已完成整改。")]
    [InlineData("去年提出的问题均已落实改进措施。")]
    [InlineData("针对2020年度报告所列问题，建立责任清单，逐项解决。")]
    [InlineData("上一年度存在的问题已整改到位。")]
    public void Check_FindsNothing_WhenASentenceAddressesLastYearsProblems(string text) =>
        Assert.Empty(Check(new Block("（一）存在的主要问题", ["信息更新不够及时。"]), new Block(null, [text])));

    [Fact]
    public void Check_AcceptsAHeadingAboutLastYearsRectification() =>
        Assert.Empty(Check(new Block("（一）上年度问题整改情况", ["栏目责任落实到人。"])));

    [Fact]
    public void Check_Warns_WhenNoSentenceMentionsLastYear()
    {
        var finding = Assert.Single(Check(new Block("（一）存在的主要问题", ["信息更新不够及时。"]), new Block("（二）改进措施", ["建立提醒机制，加强整改。"])));
        Assert.Equal((ErrorCodes.Rectification, Severity.Warning, "problemsAndImprovements"), (finding.Code, finding.Severity, finding.Path));
        Assert.Contains("未说明上年度年报所列问题的整改情况", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_Warns_WhenLastYearIsNamedWithoutRectification() =>
        Assert.Single(Check(new Block(null, ["上年度信息发布数量为120条。"])));

    [Theory]
    [InlineData("无")]
    [InlineData("本年度无。")]
    [InlineData(" ")]
    public void Check_LeavesEmptyAndNoneToTheRequiredRule(string text) => Assert.Empty(Check(new Block(null, [text])));
}
