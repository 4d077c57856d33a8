using ReportFunctions.Core.Model;
using ReportFunctions.Core.Validation;
using ReportFunctions.Core.Validation.Rules;

namespace ReportFunctions.Core.Tests.Validation.Rules;

public sealed class TextLengthRuleTests
{
    private static List<ValidationError> Check(ReportBuilder builder) => new TextLengthRule().Check(builder.Build(), ValidationContext.None).ToList();

    [Fact]
    public void Check_AcceptsTextsAtTheirLimits()
    {
        Assert.Empty(Check(ReportBuilder.Valid().With(r => r with
        {
            Title = new string('报', TextLengthRule.MaxTitle),
            Overview = [new Block(new string('题', TextLengthRule.MaxHeading), [new string('文', TextLengthRule.MaxParagraph)])],
            Organization = r.Organization with { Name = new string('机', TextLengthRule.MaxName) },
        })));
    }

    [Fact]
    public void Check_CountsCharactersOutsideTheBasicPlaneOnce() =>
        Assert.Empty(Check(ReportBuilder.Valid().With(r => r with { Title = string.Concat(Enumerable.Repeat("𠀀", TextLengthRule.MaxTitle)) })));

    [Fact]
    public void Check_ReportsRange_ForEveryTextOverItsLimit()
    {
        var findings = Check(ReportBuilder.Valid().With(r => r with
        {
            Title = new string('报', TextLengthRule.MaxTitle + 1),
            Overview = [new Block(new string('题', TextLengthRule.MaxHeading + 1), [new string('文', TextLengthRule.MaxParagraph + 1)])],
            Signature = r.Signature with { Issuer = new string('机', TextLengthRule.MaxName + 1) },
        }));

        Assert.Equal(["title", "overview[0].heading", "overview[0].paragraphs[0]", "signature.issuer"], findings.Select(f => f.Path));
        Assert.All(findings, f => Assert.Equal(ErrorCodes.Range, f.Code));
        Assert.Equal("一、总体情况 第1部分第1段：共5001个字符，超过5000个字符的上限", findings[2].Message);
    }
}
