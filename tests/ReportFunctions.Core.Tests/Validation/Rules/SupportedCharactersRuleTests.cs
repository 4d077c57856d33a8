using ReportFunctions.Core.Model;
using ReportFunctions.Core.Validation;
using ReportFunctions.Core.Validation.Rules;

namespace ReportFunctions.Core.Tests.Validation.Rules;

public sealed class SupportedCharactersRuleTests
{
    private static List<ValidationError> Check(ReportBuilder builder, params int[] missing) =>
        new SupportedCharactersRule(new FakeGlyphCoverage(missing)).Check(builder.Build(), ValidationContext.None).ToList();

    [Fact]
    public void Check_FindsNothing_WhenTheFontsDrawEverything() => Assert.Empty(Check(ReportBuilder.Valid()));

    [Fact]
    public void Check_NamesTheCharacterAndItsCodePoint()
    {
        var findings = Check(ReportBuilder.Valid().With(r => r with
        {
            Overview = [new Block("（一）主动公开", ["公开𠀀条信息。"])],
        }), 0x20000);

        var finding = Assert.Single(findings);
        Assert.Equal((ErrorCodes.UnsupportedCharacter, "overview[0].paragraphs[0]"), (finding.Code, finding.Path));
        Assert.Equal("一、总体情况 第1部分第1段：包含无法排印的字符“𠀀”（U+20000），请改用常用字或删除", finding.Message);
    }

    [Fact]
    public void Check_ChecksEveryPrintedTextField()
    {
        var findings = Check(ReportBuilder.Valid().With(r => r with
        {
            Organization = r.Organization with { Name = "㐀镇人民政府" },
            Title = "㐀",
            Preface = ["㐀"],
            ActiveDisclosure = r.ActiveDisclosure with { Narrative = [new Block("㐀", ["㐀"])] },
            ProblemsAndImprovements = [new Block(null, ["问题㐀"])],
            OtherMatters = [new Block(null, ["㐀"])],
            Signature = r.Signature with { Issuer = "㐀" },
        }), 0x3400);

        Assert.Equal(
            ["organization.name", "title", "preface[0]", "activeDisclosure.narrative[0].heading", "activeDisclosure.narrative[0].paragraphs[0]",
                "problemsAndImprovements[0].paragraphs[0]", "otherMatters[0].paragraphs[0]", "signature.issuer"],
            findings.Select(f => f.Path));
    }

    [Fact]
    public void Check_ListsEachMissingCharacterOnce_AndControlCharactersByCodePointOnly()
    {
        var finding = Assert.Single(Check(ReportBuilder.Valid().With(r => r with { Title = "𠀀a𠀀\u0007" }), 0x20000, 0x7));
        Assert.Equal("标题：包含无法排印的字符“𠀀”（U+20000）、（U+0007），请改用常用字或删除", finding.Message);
    }

    [Fact]
    public void Check_LeavesWhitespaceToTheLayoutEngine() =>
        Assert.Empty(Check(ReportBuilder.Valid().With(r => r with { Title = "大岚镇\u3000报告 " }), ' ', 0x3000));
}
