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

    [Fact]
    public void Check_StandsAlone_WhenNoOtherRuleExplainsIt()
    {
        var findings = Check(Valid().WithApplications(a => a with { NewlyReceived = Row(10, 3, 1, 0, 1, 0) }));
        Assert.All(findings, f => Assert.Null(f.CausedBy));
        Assert.DoesNotContain(findings, f => f.Message.Contains("可能由上一条引起", StringComparison.Ordinal));
    }

    [Fact]
    public void Check_NamesTheResultsTotalOfItsColumnAsTheCause_WhenTheResultsTotalIsMistyped()
    {
        // （七）总计·自然人 10 → 11 (and its row total): R3 breaks in 自然人 and 总计, and so does R1.
        var findings = Check(Valid().WithApplications(a => a with { Total = Row(11, 2, 0, 0, 1, 0) }));

        Assert.Equal(
            [("applications.carriedForward.naturalPerson", "applications.total.naturalPerson"), ("applications.carriedForward.total", "applications.total.total")],
            findings.Select(f => (f.Path, f.CausedBy)));
        Assert.All(findings, f => Assert.EndsWith("（可能由上一条引起）", f.Message, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("newlyReceived")]
    [InlineData("carriedOver")]
    [InlineData("carriedForward")]
    public void Check_NamesAMistypedRowTotalOfItsFourRowsAsTheCause(string row)
    {
        var findings = Check(Valid().WithApplications(a => row switch
        {
            "newlyReceived" => a with { NewlyReceived = a.NewlyReceived with { Total = a.NewlyReceived.Total + 1 } },
            "carriedOver" => a with { CarriedOver = a.CarriedOver with { Total = a.CarriedOver.Total + 1 } },
            _ => a with { CarriedForward = a.CarriedForward with { Total = a.CarriedForward.Total + 1 } },
        }));

        var finding = Assert.Single(findings);
        Assert.Equal(("applications.carriedForward.total", $"applications.{row}.total"), (finding.Path, finding.CausedBy));
    }
}
