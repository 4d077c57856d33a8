using ReportFunctions.Core.Validation;
using ReportFunctions.Core.Validation.Rules;
using static ReportFunctions.Core.Tests.ReportBuilder;

namespace ReportFunctions.Core.Tests.Validation.Rules;

public sealed class ResultsTotalRuleTests
{
    private static List<ValidationError> Check(ReportBuilder builder) => new ResultsTotalRule().Check(builder.Build(), ValidationContext.None).ToList();

    [Fact]
    public void Check_FindsNothing_WhenTheResultLeavesAddUpToTheTotal()
    {
        Assert.Empty(Check(Valid()));
        Assert.Empty(Check(AllZero()));
    }

    [Fact]
    public void Check_NamesRowAndColumnInOfficialLabels_WhenResultsExceedTheTotal()
    {
        var findings = Check(AllZero().WithApplications(a => a with
        {
            Granted = a.Granted with { NaturalPerson = 2933 },
            Total = a.Total with { NaturalPerson = 2932 },
        }));

        var finding = Assert.Single(findings, f => f.Path == "applications.total.naturalPerson");
        Assert.Equal(ErrorCodes.ResultsTotal, finding.Code);
        Assert.Equal("三、本年度办理结果（七）总计·自然人：各项办理结果之和为2933，与填报的2932不符", finding.Message);
    }

    [Fact]
    public void Check_CountsEveryOneOfTheTwentyOneLeaves()
    {
        var findings = Check(Valid().WithApplications(a => a with
        {
            OtherHandling = a.OtherHandling with { Other = a.OtherHandling.Other with { Research = 1 } },
        }));

        var finding = Assert.Single(findings);
        Assert.Equal("applications.total.research", finding.Path);
    }
}
