using ReportFunctions.Core.Model;
using ReportFunctions.Core.Validation;
using ReportFunctions.Core.Validation.Rules;

namespace ReportFunctions.Core.Tests.Validation.Rules;

public sealed class InForceRuleTests
{
    // This year (the valid report): normative documents issued 2, repealed 1, in force 5; regulations all 0.
    private static List<ValidationError> Check(DocumentCounts lastYearNormative, DocumentCounts? lastYearRegulations = null)
    {
        var lastYear = ReportBuilder.PreviousYear().With(r => r with
        {
            ActiveDisclosure = r.ActiveDisclosure with { NormativeDocuments = lastYearNormative, Regulations = lastYearRegulations ?? r.ActiveDisclosure.Regulations },
        }).Build();
        return new InForceRule().Check(ReportBuilder.Valid().Build(), ValidationContext.WithPrevious(lastYear)).ToList();
    }

    [Fact]
    public void Check_FindsNothing_WithoutAPreviousYear() =>
        Assert.Empty(new InForceRule().Check(ReportBuilder.Valid().Build(), ValidationContext.None));

    [Fact]
    public void Check_FindsNothing_WhenInForceEqualsLastYearPlusIssuedMinusRepealed() => Assert.Empty(Check(new DocumentCounts(0, 0, 4)));

    [Fact]
    public void Check_FindsNothing_WhenFewerAreInForce_BecauseDocumentsAlsoExpire() => Assert.Empty(Check(new DocumentCounts(0, 0, 9)));

    [Fact]
    public void Check_Warns_WhenMoreAreInForceThanCouldBe()
    {
        var finding = Assert.Single(Check(new DocumentCounts(0, 0, 3)));
        Assert.Equal((ErrorCodes.InForce, Severity.Warning, "activeDisclosure.normativeDocuments.inForce"), (finding.Code, finding.Severity, finding.Path));
        Assert.Equal("二、主动公开政府信息情况 第二十条第（一）项 行政规范性文件·现行有效件数：填报为5，多于2020年度报告的现行有效3件加本年制发2件减本年废止1件（4件）", finding.Message);
    }

    [Fact]
    public void Check_ChecksRegulationsToo()
    {
        // Regulations: none last year, none issued this year, yet one in force.
        var report = ReportBuilder.Valid().With(r => r with { ActiveDisclosure = r.ActiveDisclosure with { Regulations = new DocumentCounts(0, 0, 1) } }).Build();
        var lastYear = ReportBuilder.PreviousYear().With(r => r with { ActiveDisclosure = r.ActiveDisclosure with { NormativeDocuments = new DocumentCounts(0, 0, 4) } }).Build();

        var finding = Assert.Single(new InForceRule().Check(report, ValidationContext.WithPrevious(lastYear)));

        Assert.Equal("activeDisclosure.regulations.inForce", finding.Path);
    }
}
