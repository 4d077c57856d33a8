using ReportFunctions.Core.Model;
using ReportFunctions.Core.Validation;
using ReportFunctions.Core.Validation.Rules;

namespace ReportFunctions.Core.Tests.Validation.Rules;

public sealed class HalfWidthPunctuationRuleTests
{
    private static List<ValidationError> Check(string paragraph) =>
        new HalfWidthPunctuationRule().Check(ReportBuilder.Valid().With(r => r with { Overview = [new Block(null, [paragraph])] }).Build(), ValidationContext.None).ToList();

    [Theory]
    [InlineData("全年主动公开信息150条，其中政策文件12条。")]
    [InlineData("网址:http://www.example.gov.cn,电话0574-1234567。")]
    [InlineData("依据GB/T 9704(2012)排版。")]
    public void Check_FindsNothing_ForFullWidthPunctuationOrASCIIOutsideChinese(string text) => Assert.Empty(Check(text));

    [Theory]
    [InlineData(',', '，')]
    [InlineData(':', '：')]
    [InlineData(';', '；')]
    [InlineData('(', '（')]
    [InlineData(')', '）')]
    [InlineData('?', '？')]
    [InlineData('!', '！')]
    public void Check_WarnsOnEachASCIIMarkBetweenChineseCharacters(char ascii, char fullWidth)
    {
        var finding = Assert.Single(Check($"主动公开{ascii}政府信息。"));
        Assert.Equal((ErrorCodes.HalfWidthPunctuation, Severity.Warning, "overview[0].paragraphs[0]"), (finding.Code, finding.Severity, finding.Path));
        Assert.Equal($"一、总体情况 第1部分第1段：中文之间使用了半角标点：第5个字符“{ascii}”（应为“{fullWidth}”，在“开{ascii}政”中）", finding.Message);
    }

    [Fact]
    public void Check_ListsEveryPositionInOneFinding_EvenAroundNumbersInBrackets() =>
        Assert.Contains("第6个字符“(”（应为“（”，在“年(含”中）、第12个字符“)”", Assert.Single(Check("2024年(含上年结转)共计5件")).Message, StringComparison.Ordinal);

    [Fact]
    public void Check_ListsEveryPositionInOneFinding() =>
        Assert.Contains("第3个字符", Assert.Single(Check("本局(县自然资源局)负责,统一发布。")).Message, StringComparison.Ordinal);
}
