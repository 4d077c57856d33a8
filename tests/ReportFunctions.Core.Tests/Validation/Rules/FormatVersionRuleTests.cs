using ReportFunctions.Core.Validation;
using ReportFunctions.Core.Validation.Rules;

namespace ReportFunctions.Core.Tests.Validation.Rules;

public sealed class FormatVersionRuleTests
{
    [Fact]
    public void Check_Accepts2021() => Assert.Empty(new FormatVersionRule().Check(ReportBuilder.Valid().Build(), ValidationContext.None));

    [Fact]
    public void Check_ReportsFormatVersion_ForAnyOtherVersion()
    {
        var finding = Assert.Single(new FormatVersionRule().Check(ReportBuilder.Valid().With(r => r with { FormatVersion = "2019" }).Build(), ValidationContext.None));
        Assert.Equal((ErrorCodes.FormatVersion, "formatVersion"), (finding.Code, finding.Path));
    }
}
