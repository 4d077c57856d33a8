using ReportFunctions.Core.Validation;
using ReportFunctions.Core.Validation.Rules;

namespace ReportFunctions.Core.Tests.Validation.Rules;

public sealed class FeeDecimalsRuleTests
{
    private static List<ValidationError> Check(decimal fees) =>
        new FeeDecimalsRule().Check(ReportBuilder.Valid().With(r => r with { ActiveDisclosure = r.ActiveDisclosure with { Fees = fees } }).Build(), ValidationContext.None).ToList();

    [Theory]
    [InlineData("0")]
    [InlineData("96171.6")]
    [InlineData("59237.2449")]
    [InlineData("5949.088667")]
    public void Check_AcceptsUpToSixDecimals(string fees) =>
        Assert.Empty(Check(decimal.Parse(fees, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void Check_ReportsType_ForSevenDecimals()
    {
        var finding = Assert.Single(Check(1.2345678m));
        Assert.Equal((ErrorCodes.Type, "activeDisclosure.fees"), (finding.Code, finding.Path));
        Assert.Contains("最多保留6位小数，填报的1.2345678有7位", finding.Message, StringComparison.Ordinal);
    }
}
