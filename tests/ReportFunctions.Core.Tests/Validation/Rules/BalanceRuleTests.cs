using ReportFunctions.Core.Validation;
using ReportFunctions.Core.Validation.Rules;
using static ReportFunctions.Core.Tests.ReportBuilder;

namespace ReportFunctions.Core.Tests.Validation.Rules;

public sealed class BalanceRuleTests
{
    private static List<ValidationError> Check(ReportBuilder builder) => new BalanceRule().Check(builder.Build(), ValidationContext.None).ToList();

    [Fact]
    public void Check_FindsNothing_WhenReceivedPlusCarriedOverEqualsResultsPlusCarriedForward() =>
        Assert.Empty(Check(Valid()));

    [Fact]
    public void Check_FindsNothing_ForAllZeroTables() => Assert.Empty(Check(AllZero()));

    [Fact]
    public void Check_ReportsBalance_WhenReceivedPlusCarriedDiffersFromResults()
    {
        var findings = Check(Valid().WithApplications(a => a with { NewlyReceived = Row(10, 3, 1, 0, 1, 0) }));

        var finding = Assert.Single(findings, f => f.Path == "applications.carriedForward.commercial");
        Assert.Equal(ErrorCodes.Balance, finding.Code);
        Assert.Equal(Severity.Error, finding.Severity);
        Assert.Equal(
            "三、收到和处理政府信息公开申请情况·商业企业列：第一项加第二项之和为3（3+0），第三项（七）总计加第四项之和为2（2+0），两者应相等，请核对本列第一项、第二项、第三项（七）总计和第四项",
            finding.Message);
        Assert.Contains(findings, f => f.Path == "applications.carriedForward.total");
        Assert.Equal(2, findings.Count);
    }

    [Fact]
    public void Check_ReportsEveryColumn_AtOnce()
    {
        var findings = Check(Valid().WithApplications(a => a with { CarriedForward = Row(2, 1, 2, 1, 1, 1) }));

        Assert.Equal(7, findings.Count);
        Assert.All(findings, f => Assert.Equal(ErrorCodes.Balance, f.Code));
    }

    [Fact]
    public void Check_DoesNotOverflow_WithHugeCounts()
    {
        var findings = Check(Valid().WithApplications(a => a with
        {
            NewlyReceived = a.NewlyReceived with { NaturalPerson = long.MaxValue },
            CarriedOver = a.CarriedOver with { NaturalPerson = long.MaxValue },
        }));

        Assert.Contains(findings, f => f.Message.Contains("18446744073709551614", StringComparison.Ordinal));
    }
}
