using ReportFunctions.Core.Model;
using ReportFunctions.Core.Validation;
using ReportFunctions.Core.Validation.Rules;

namespace ReportFunctions.Core.Tests.Validation.Rules;

public sealed class ProblemsAndImprovementsRuleTests
{
    private static List<ValidationError> Check(params Block[] blocks) =>
        new ProblemsAndImprovementsRule().Check(ReportBuilder.Valid().With(r => r with { ProblemsAndImprovements = blocks }).Build(), ValidationContext.None).ToList();

    [Fact]
    public void Check_FindsNothing_WhenProblemsAndMeasuresAreStated() =>
        Assert.Empty(Check(new Block("（一）存在的主要问题", ["公开内容不够全面。"])));

    [Fact]
    public void Check_AcceptsATextThatMerelyStartsWithNone() =>
        Assert.Empty(Check(new Block(null, ["无明显问题，但栏目更新仍需加快。"])));

    [Fact]
    public void Check_ReportsRequired_WhenTheSectionIsEmpty()
    {
        var finding = Assert.Single(Check());
        Assert.Equal((ErrorCodes.Required, "problemsAndImprovements"), (finding.Code, finding.Path));
        Assert.StartsWith("五、存在的主要问题及改进情况：不能为空", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_ReportsRequired_WhenOnlyBlankParagraphs() =>
        Assert.Single(Check(new Block("（一）存在的主要问题", ["  ", ""])));

    [Theory]
    [InlineData("无")]
    [InlineData("无。")]
    [InlineData(" 暂无 ")]
    [InlineData("没有。")]
    [InlineData("本年度无。")]
    [InlineData("本年度暂无")]
    public void Check_ReportsRequired_WhenTheSectionOnlySaysNone(string text)
    {
        var finding = Assert.Single(Check(new Block(null, [text])));
        Assert.Equal(ErrorCodes.Required, finding.Code);
        Assert.Contains("不能只写", finding.Message, StringComparison.Ordinal);
    }
}
