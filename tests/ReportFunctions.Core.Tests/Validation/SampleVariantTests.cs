using ReportFunctions.Core.Model;
using ReportFunctions.Core.Validation;
using static ReportFunctions.Core.Tests.Validation.SampleVariants;

namespace ReportFunctions.Core.Tests.Validation;

/// <summary>
/// Issue 16: each content rule fires on a variant of a consistent sample that changes one thing, with exactly the
/// expected code and path, and the consistent samples themselves produce no finding of any new rule.
/// </summary>
public sealed class SampleVariantTests
{
    private static (string Code, Severity Severity, string Path) Only(IReadOnlyList<ValidationError> findings)
    {
        var finding = Assert.Single(findings);
        return (finding.Code, finding.Severity, finding.Path);
    }

    [Fact]
    public void ConsistentSamples_HaveNoFindings_County2024AgainstCounty2023WithItsDeadline() => Assert.Empty(Validate2024());

    [Fact]
    public void ConsistentSamples_HaveNoFindings_County2023AndTheSeedOnlyItsSignatureDate()
    {
        Assert.Empty(TestValidation.Validate(County2023, new ValidationContext(Deadline: new DateOnly(2024, 1, 31))));
        var seed = TestValidation.Validate(Dalan2021, new ValidationContext(Deadline: new DateOnly(2022, 1, 31)));
        Assert.Equal([ErrorCodes.SignatureDate], seed.Select(f => f.Code));
    }

    [Fact]
    public void ProcessingFee_WarnsOnSection6WithoutTheFeeSentence() =>
        Assert.Equal((ErrorCodes.ProcessingFee, Severity.Warning, "otherMatters"),
            Only(Validate2024(r => r with { OtherMatters = With(r.OtherMatters, 0, 0, "2024年，本局依法依规开展政府信息公开工作。") })));

    [Fact]
    public void ProcessingFee_IsAnError_WhenSection6OnlySaysNone() =>
        Assert.Equal((ErrorCodes.ProcessingFee, Severity.Error, "otherMatters"),
            Only(Validate2024(r => r with { OtherMatters = [new Block(null, ["无。"])] })));

    [Fact]
    public void ProseTable_WarnsWhenTheProseStatesAnotherNumberOfNewApplications()
    {
        var findings = Validate2024(r => r with { Overview = Replace(r.Overview, 1, 0, "申请109件", "申请120件") });

        Assert.Equal((ErrorCodes.ProseTable, Severity.Warning, "overview[1].paragraphs[0]"), Only(findings));
        Assert.Contains("“2024年，本局共收到政府信息公开申请120件，", findings[0].Message, StringComparison.Ordinal);
        Assert.EndsWith("写明新收申请120件，与表格“三、收到和处理政府信息公开申请情况 一、本年新收政府信息公开申请数量·总计”的109不符", findings[0].Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(1, 0, "上年结转5件", "上年结转4件")]
    [InlineData(1, 0, "全年办结107件", "全年办结106件")]
    [InlineData(1, 0, "结转下年度继续办理7件", "结转下年度继续办理9件")]
    [InlineData(1, 1, "行政复议5件", "行政复议4件")]
    [InlineData(1, 1, "结果维持3件", "结果维持2件")]
    [InlineData(1, 1, "结果纠正1件", "结果纠正2件")]
    [InlineData(1, 1, "行政诉讼3件", "行政诉讼4件")]
    [InlineData(1, 1, "直接起诉2件", "直接起诉1件")]
    [InlineData(1, 1, "复议后起诉1件", "复议后起诉2件")]
    [InlineData(0, 0, "制发行政规范性文件3件", "制发行政规范性文件4件")]
    [InlineData(0, 0, "废止2件", "废止1件")]
    [InlineData(0, 0, "现行有效行政规范性文件17件", "现行有效行政规范性文件18件")]
    public void ProseTable_WarnsOnEachFigureItReads(int block, int paragraph, string old, string replacement) =>
        Assert.Equal((ErrorCodes.ProseTable, Severity.Warning, $"overview[{block}].paragraphs[{paragraph}]"),
            Only(Validate2024(r => r with { Overview = Replace(r.Overview, block, paragraph, old, replacement) })));

    [Fact]
    public void Rectification_WarnsWhenSection5SaysNothingAboutLastYear() =>
        Assert.Equal((ErrorCodes.Rectification, Severity.Warning, "problemsAndImprovements"),
            Only(Validate2024(r => r with { ProblemsAndImprovements = r.ProblemsAndImprovements.Skip(1).ToList() })));

    [Fact]
    public void Section5OfOnly本年度无_IsARequiredError() =>
        Assert.Equal((ErrorCodes.Required, Severity.Error, "problemsAndImprovements"),
            Only(Validate2024(r => r with { ProblemsAndImprovements = [new Block(null, ["本年度无。"])] })));

    [Fact]
    public void GovernmentContent_WarnsForAGovernmentWithoutSocialEvaluation()
    {
        var findings = Validate2024(r => r with { Organization = r.Organization with { Kind = OrganizationKind.Government } },
            previous: Previous2023 with { Report = County2023 with { Organization = County2023.Organization with { Kind = OrganizationKind.Government } } });

        Assert.Equal((ErrorCodes.GovernmentContent, Severity.Warning, "overview"), Only(findings));
        Assert.EndsWith("报告中未见“社会评议”", findings[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Late_WarnsWithTheDays_WhenSignedAfterTheDeadline()
    {
        var findings = TestValidation.Validate(County2024, new ValidationContext(Previous2023, new DateOnly(2025, 1, 15)));

        Assert.Equal((ErrorCodes.Late, Severity.Warning, "signature.date"), Only(findings));
        Assert.Equal("署名日期2025年1月20日晚于本机关2024年度报告的报送期限2025年1月15日，逾期5天", findings[0].Message);
    }

    [Fact]
    public void InForce_WarnsWhenMoreNormativeDocumentsAreInForceThanLastYearAllows()
    {
        var previous = Previous2023 with
        {
            Report = County2023 with { ActiveDisclosure = County2023.ActiveDisclosure with { NormativeDocuments = new DocumentCounts(2, 1, 15) } },
        };
        var findings = Validate2024(previous: previous);

        Assert.Equal((ErrorCodes.InForce, Severity.Warning, "activeDisclosure.normativeDocuments.inForce"), Only(findings));
        Assert.Contains("填报为17，多于2023年度报告第1版的现行有效15件加本年制发3件减本年废止2件（16件）", findings[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void InForce_FindsNothing_WhenFewerAreInForce_DocumentsAlsoExpire()
    {
        var previous = Previous2023 with
        {
            Report = County2023 with { ActiveDisclosure = County2023.ActiveDisclosure with { NormativeDocuments = new DocumentCounts(2, 1, 20) } },
        };
        Assert.Empty(Validate2024(previous: previous));
    }

    [Fact]
    public void TextReuse_WarnsWhenThisYearRepeatsLastYear()
    {
        var copied = Previous2023 with { Report = County2024 with { Year = 2023, Applications = County2023.Applications } };

        var findings = Validate2024(previous: copied);

        Assert.Equal((ErrorCodes.TextReuse, Severity.Warning, "overview[0].paragraphs[0]"), Only(findings));
        Assert.StartsWith("正文与2023年度报告第1版重复率为100.0%", findings[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void HalfWidthPunctuation_WarnsWithThePosition() =>
        Assert.Equal((ErrorCodes.HalfWidthPunctuation, Severity.Warning, "overview[2].paragraphs[0]"),
            Only(Validate2024(r => r with { Overview = Replace(r.Overview, 2, 0, "属性源头认定制度，公文", "属性源头认定制度,公文") })));

    [Fact]
    public void Balance_NamesTheMistypedRowTotalAsItsCause()
    {
        var findings = Validate2024(r => r with
        {
            Applications = r.Applications with { NewlyReceived = r.Applications.NewlyReceived with { Total = 110 } },
        });

        Assert.Equal(
            [(ErrorCodes.RowTotal, "applications.newlyReceived.total", null), (ErrorCodes.Balance, "applications.carriedForward.total", "applications.newlyReceived.total")],
            findings.Select(f => (f.Code, f.Path, f.CausedBy)));
        Assert.EndsWith("（可能由上一条引起）", findings[1].Message, StringComparison.Ordinal);
    }
}
