using ReportFunctions.Core.Validation;
using ReportFunctions.Core.Validation.Rules;

namespace ReportFunctions.Core.Tests.Validation.Rules;

public sealed class CreditCodeRuleTests
{
    private static List<ValidationError> Check(string? code) =>
        new CreditCodeRule().Check(ReportBuilder.Valid().With(r => r with { Organization = r.Organization with { CreditCode = code } }).Build(), ValidationContext.None).ToList();

    [Theory]
    [InlineData("11330281002000000D")]
    [InlineData("91350100M000100Y43")]
    [InlineData("91110000600037341L")]
    [InlineData("12100000400000624D")]
    [InlineData(null)]
    [InlineData("")]
    public void Check_AcceptsCodesWithAValidCheckCharacter_OrNone(string? code) => Assert.Empty(Check(code));

    [Fact]
    public void Check_ReportsRange_NamingTheExpectedCheckCharacter()
    {
        var finding = Assert.Single(Check("11330281002000000E"));
        Assert.Equal((ErrorCodes.Range, "organization.creditCode"), (finding.Code, finding.Path));
        Assert.Equal("统一社会信用代码：“11330281002000000E”的校验码应为“D”，请核对是否填错", finding.Message);
    }

    [Theory]
    [InlineData("11330281002000000")]
    [InlineData("11330281002000000DD")]
    [InlineData("1133028100200000ID")]
    [InlineData("11330281002000000d")]
    public void Check_ReportsRange_ForWrongLengthOrCharacters(string code) =>
        Assert.Contains("应为18位", Assert.Single(Check(code)).Message, StringComparison.Ordinal);

    [Fact]
    public void CheckCharacter_IsZero_WhenTheWeightedSumIsAMultipleOf31() =>
        Assert.Equal('0', CreditCodeRule.CheckCharacter("00000000000000000"));
}
