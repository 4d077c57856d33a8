using ReportFunctions.Core.Model;
using ReportFunctions.Core.Validation;
using ReportFunctions.Core.Validation.Rules;

namespace ReportFunctions.Core.Tests.Validation.Rules;

public sealed class OutcomeTotalRuleTests
{
    private static List<ValidationError> Check(ReportBuilder builder) => new OutcomeTotalRule().Check(builder.Build(), ValidationContext.None).ToList();

    [Fact]
    public void Check_FindsNothing_WhenEachGroupAddsUp()
    {
        Assert.Empty(Check(ReportBuilder.Valid()));
        Assert.Empty(Check(ReportBuilder.AllZero()));
    }

    [Fact]
    public void Check_ReportsOutcomeTotal_ForEachGroupThatDoesNotAddUp()
    {
        var findings = Check(ReportBuilder.Valid().With(r => r with
        {
            ReviewsAndLitigation = new ReviewsAndLitigation(new Outcome(1, 1, 1, 1, 5), new Outcome(0, 0, 0, 0, 0), new Outcome(2, 0, 0, 0, 1)),
        }));

        Assert.Equal(["reviewsAndLitigation.review.total", "reviewsAndLitigation.litigationAfterReview.total"], findings.Select(f => f.Path));
        Assert.All(findings, f => Assert.Equal(ErrorCodes.OutcomeTotal, f.Code));
        Assert.Equal("四、政府信息公开行政复议、行政诉讼情况 行政复议·总计：结果维持、结果纠正、其他结果、尚未审结之和为4，与填报的5不符", findings[0].Message);
        Assert.StartsWith("四、政府信息公开行政复议、行政诉讼情况 行政诉讼·复议后起诉·总计", findings[1].Message, StringComparison.Ordinal);
    }
}
