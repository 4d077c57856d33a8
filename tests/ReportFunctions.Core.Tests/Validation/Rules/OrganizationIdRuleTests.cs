using ReportFunctions.Core.Validation;
using ReportFunctions.Core.Validation.Rules;

namespace ReportFunctions.Core.Tests.Validation.Rules;

public sealed class OrganizationIdRuleTests
{
    private static List<ValidationError> Check(string id) =>
        new OrganizationIdRule().Check(ReportBuilder.Valid().With(r => r with { Organization = r.Organization with { Id = id } }).Build(), ValidationContext.None).ToList();

    [Theory]
    [InlineData("dalan-town")]
    [InlineData("a1")]
    [InlineData("0-")]
    public void Check_AcceptsLowercaseIdsOfTwoToSixtyFourCharacters(string id) => Assert.Empty(Check(id));

    [Fact]
    public void Check_AcceptsSixtyFourCharacters() => Assert.Empty(Check(new string('a', 64)));

    [Theory]
    [InlineData("a")]
    [InlineData("-dalan")]
    [InlineData("Dalan")]
    [InlineData("dalan_town")]
    [InlineData("大岚镇")]
    [InlineData("dalan town")]
    [InlineData("dalan-town\n")]
    public void Check_ReportsRange_ForIdsThatCannotGoIntoUrls(string id)
    {
        var finding = Assert.Single(Check(id));
        Assert.Equal((ErrorCodes.Range, "organization.id"), (finding.Code, finding.Path));
    }

    [Fact]
    public void Check_ReportsRange_ForSixtyFiveCharacters() => Assert.Single(Check(new string('a', 65)));

    [Fact]
    public void Check_LeavesABlankIdToTheRequiredRule() => Assert.Empty(Check(""));
}
