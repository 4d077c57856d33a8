using ReportFunctions.Core.Validation;
using ReportFunctions.Core.Validation.Rules;

namespace ReportFunctions.Core.Tests.Validation.Rules;

public sealed class NonNegativeRuleTests
{
    private static List<ValidationError> Check(ReportBuilder builder) => new NonNegativeRule().Check(builder.Build(), ValidationContext.None).ToList();

    [Fact]
    public void Check_FindsNothing_ForZeroAndPositiveValues()
    {
        Assert.Empty(Check(ReportBuilder.Valid()));
        Assert.Empty(Check(ReportBuilder.AllZero()));
    }

    [Fact]
    public void Check_ReportsRange_ForNegativeCountsInEveryTable()
    {
        var findings = Check(ReportBuilder.Valid().With(r => r with
        {
            ActiveDisclosure = r.ActiveDisclosure with { Penalty = -1, Fees = -0.0001m },
            Applications = r.Applications with { CarriedOver = r.Applications.CarriedOver with { Other = -2 } },
            ReviewsAndLitigation = r.ReviewsAndLitigation with { LitigationDirect = r.ReviewsAndLitigation.LitigationDirect with { Pending = -3 } },
        }));

        Assert.Equal(
            ["activeDisclosure.penalty", "activeDisclosure.fees", "applications.carriedOver.other", "reviewsAndLitigation.litigationDirect.pending"],
            findings.Select(f => f.Path));
        Assert.All(findings, f => Assert.Equal(ErrorCodes.Range, f.Code));
        Assert.Equal("二、主动公开政府信息情况 第二十条第（八）项 行政事业性收费·本年收费金额（单位：万元）：不能为负数，填报的是-0.0001", findings[1].Message);
        Assert.Equal("二、上年结转政府信息公开申请数量·其他：不能为负数，填报的是-2", findings[2].Message);
    }
}
