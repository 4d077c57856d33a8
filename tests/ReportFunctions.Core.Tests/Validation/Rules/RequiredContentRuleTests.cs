using ReportFunctions.Core.Model;
using ReportFunctions.Core.Validation;
using ReportFunctions.Core.Validation.Rules;

namespace ReportFunctions.Core.Tests.Validation.Rules;

public sealed class RequiredContentRuleTests
{
    private static List<ValidationError> Check(ReportBuilder builder) => new RequiredContentRule().Check(builder.Build(), ValidationContext.None).ToList();

    [Fact]
    public void Check_FindsNothing_ForACompleteReport() => Assert.Empty(Check(ReportBuilder.Valid()));

    [Fact]
    public void Check_ReportsRequired_ForEveryMissingPartAtOnce()
    {
        var findings = Check(ReportBuilder.Valid().With(r => r with
        {
            Organization = r.Organization with { Id = "", Name = " " },
            Overview = [],
            OtherMatters = [new Block("（一）信息处理费", [])],
            Signature = r.Signature with { Issuer = "" },
        }));

        Assert.Equal(["organization.id", "organization.name", "signature.issuer", "overview", "otherMatters"], findings.Select(f => f.Path));
        Assert.All(findings, f => Assert.Equal(ErrorCodes.Required, f.Code));
        Assert.Equal("机关名称：不能为空", findings[1].Message);
        Assert.Equal("一、总体情况：至少需要一段内容", findings[3].Message);
    }

    [Fact]
    public void Check_ReportsBlankParagraphs_WithTheirPosition()
    {
        var findings = Check(ReportBuilder.Valid().With(r => r with
        {
            Overview = [r.Overview[0], new Block("（二）依申请公开", ["有内容。", "   "])],
        }));

        var finding = Assert.Single(findings);
        Assert.Equal("overview[1].paragraphs[1]", finding.Path);
        Assert.Equal("一、总体情况 第2部分第2段：段落为空，请删除或填写内容", finding.Message);
    }
}
