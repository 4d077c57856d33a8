using ReportFunctions.Core.Validation;
using ReportFunctions.Core.Validation.Rules;

namespace ReportFunctions.Core.Tests.Validation.Rules;

public sealed class CarryOverRuleTests
{
    private static readonly Core.Model.Report LastYear = ReportBuilder.Valid().With(r => r with { Year = 2020 }).Build();

    [Fact]
    public void Check_FindsNothing_WithoutAPreviousYear() =>
        Assert.Empty(new CarryOverRule().Check(ReportBuilder.Valid().Build(), ValidationContext.None));

    [Fact]
    public void Check_FindsNothing_WhenCarriedOverEqualsLastYearsCarriedForward()
    {
        var report = ReportBuilder.Valid().WithApplications(a => a with { CarriedOver = LastYear.Applications.CarriedForward }).Build();
        Assert.Empty(new CarryOverRule().Check(report, ValidationContext.WithPrevious(LastYear)));
    }

    [Fact]
    public void Check_WarnsCarryOver_PerColumnThatDiffersFromLastYear()
    {
        // This year's carriedOver (1,0,0,0,0,0 | 1) against last year's carriedForward (1,0,1,0,0,0 | 2).
        var findings = new CarryOverRule().Check(ReportBuilder.Valid().Build(), ValidationContext.WithPrevious(LastYear)).ToList();

        Assert.Equal(["applications.carriedOver.research", "applications.carriedOver.total"], findings.Select(f => f.Path));
        Assert.All(findings, f => Assert.Equal((ErrorCodes.CarryOver, Severity.Warning), (f.Code, f.Severity)));
        Assert.Equal("二、上年结转政府信息公开申请数量·科研机构：填报为0，与2020年度报告“四、结转下年度继续办理”的1不符", findings[0].Message);
    }

    [Fact]
    public void Check_Throws_WhenThePreviousReportIsNotForTheYearBefore()
    {
        var wrongYear = ReportBuilder.Valid().With(r => r with { Year = 2019 }).Build();
        Assert.Throws<ArgumentException>(() => new CarryOverRule().Check(ReportBuilder.Valid().Build(), ValidationContext.WithPrevious(wrongYear)).ToList());
    }
}
