using ReportFunctions.Core.Model;
using ReportFunctions.Core.Validation;
using ReportFunctions.Core.Validation.Rules;

namespace ReportFunctions.Core.Tests.Validation.Rules;

public sealed class GovernmentContentRuleTests
{
    private static List<ValidationError> Check(OrganizationKind kind, string supervision) =>
        new GovernmentContentRule().Check(ReportBuilder.Valid().With(r => r with
        {
            Organization = r.Organization with { Kind = kind },
            Overview = [.. r.Overview, new Block("（五）监督保障", [supervision])],
        }).Build(), ValidationContext.None).ToList();

    [Fact]
    public void Check_FindsNothing_WhenAGovernmentReportsAllThree() =>
        Assert.Empty(Check(OrganizationKind.Government, "将政务公开纳入绩效考核，开展社会评议，全年未发生责任追究情况。"));

    [Fact]
    public void Check_WarnsAGovernment_NamingWhatIsMissing()
    {
        var finding = Assert.Single(Check(OrganizationKind.Government, "将政务公开纳入绩效考核。"));
        Assert.Equal((ErrorCodes.GovernmentContent, Severity.Warning, "overview"), (finding.Code, finding.Severity, finding.Path));
        Assert.EndsWith("报告中未见“社会评议”、“责任追究”", finding.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(OrganizationKind.Department)]
    [InlineData(OrganizationKind.Township)]
    [InlineData(OrganizationKind.Other)]
    public void Check_FindsNothing_ForOtherKinds(OrganizationKind kind) => Assert.Empty(Check(kind, "加强领导。"));
}
