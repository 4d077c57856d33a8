using ReportFunctions.Core.Validation;
using ReportFunctions.Core.Validation.Rules;
using static ReportFunctions.Core.Tests.ReportBuilder;

namespace ReportFunctions.Core.Tests.Validation.Rules;

public sealed class RowTotalRuleTests
{
    private static List<ValidationError> Check(ReportBuilder builder) => new RowTotalRule().Check(builder.Build(), ValidationContext.None).ToList();

    [Fact]
    public void Check_FindsNothing_WhenEveryRowAddsUp()
    {
        Assert.Empty(Check(Valid()));
        Assert.Empty(Check(AllZero()));
    }

    [Fact]
    public void Check_ReportsRowTotal_WhenApplicantColumnsDoNotAddUp()
    {
        var findings = Check(Valid().WithApplications(a => a with
        {
            Denied = a.Denied with { StateSecret = new(1, 0, 0, 0, 0, 0, 0) },
        }));

        var finding = Assert.Single(findings);
        Assert.Equal(ErrorCodes.RowTotal, finding.Code);
        Assert.Equal("applications.denied.stateSecret.total", finding.Path);
        Assert.Equal("三、本年度办理结果（三）不予公开1.属于国家秘密·总计：自然人与法人或其他组织各项之和为1，与填报的0不符", finding.Message);
    }

    [Fact]
    public void Check_AcceptsCountsOfOneBillion()
    {
        var billion = 1_000_000_000L;
        Assert.Empty(Check(Valid().WithApplications(a => a with
        {
            Granted = Row(billion, billion, billion, billion, billion, billion),
        })));
    }
}
