using ReportFunctions.Core.Organizations;

namespace ReportFunctions.Core.Tests.Organizations;

public sealed class OrganizationIdTests
{
    [Theory]
    [InlineData("dalan-town")]
    [InlineData("a1")]
    [InlineData("0-county-finance")]
    public void IsValid_AcceptsLowerCaseLettersDigitsAndHyphens(string id) => Assert.True(OrganizationId.IsValid(id));

    [Theory]
    [InlineData("dalan-town\n")]
    [InlineData("dalan-town\r\n")]
    [InlineData("\ndalan-town")]
    [InlineData("Dalan-town")]
    [InlineData("-dalan")]
    [InlineData("a")]
    [InlineData("dalan town")]
    [InlineData("大岚镇")]
    [InlineData("")]
    [InlineData(null)]
    public void IsValid_RejectsEverythingElse_IncludingATrailingNewline(string? id) => Assert.False(OrganizationId.IsValid(id));

    [Fact]
    public void IsValid_AllowsAtMost64Characters()
    {
        Assert.True(OrganizationId.IsValid(new string('a', 64)));
        Assert.False(OrganizationId.IsValid(new string('a', 65)));
    }
}
