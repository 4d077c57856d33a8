using ReportFunctions.Core.Model;
using ReportFunctions.Core.Validation;
using ReportFunctions.Core.Validation.Rules;

namespace ReportFunctions.Core.Tests.Validation.Rules;

public sealed class ProcessingFeeRuleTests
{
    private static List<ValidationError> Check(params string[] paragraphs) =>
        new ProcessingFeeRule().Check(ReportBuilder.Valid().With(r => r with { OtherMatters = [new Block(null, paragraphs)] }).Build(), ValidationContext.None).ToList();

    [Theory]
    [InlineData("本年度未收取信息处理费。")]
    [InlineData("本机关没有收取政府信息公开信息处理费。")]
    [InlineData("2024年，本局依据《政府信息公开信息处理费管理办法》（国办函〔2020〕109号），未发出收费通知，未收取信息处理费。")]
    [InlineData("全年收取政府信息公开信息处理费3940元。")]
    [InlineData("本年度共收取信息处理费0.12万元。")]
    [InlineData("依据《政府信息公开信息处理费管理办法》，全年收取信息处理费0元。")]
    [InlineData("本年度无其他需要报告的事项。", "信息处理费：本年度免收。")]
    public void Check_FindsNothing_WhenSection6StatesTheFee(params string[] paragraphs) => Assert.Empty(Check(paragraphs));

    [Fact]
    public void Check_WarnsOnSection6_WhenNoSentenceNamesTheFee()
    {
        var finding = Assert.Single(Check("本年度无其他需要报告的事项。"));
        Assert.Equal((ErrorCodes.ProcessingFee, Severity.Warning, "otherMatters"), (finding.Code, finding.Severity, finding.Path));
        Assert.Contains("未说明信息处理费收取情况", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_WarnsOnTheSentence_WhenItSaysChargedWithoutAnAmount()
    {
        var finding = Assert.Single(Check("本年度无其他需要报告的事项。", "本机关按规定收取信息处理费。"));
        Assert.Equal((ErrorCodes.ProcessingFee, Severity.Warning, "otherMatters[0].paragraphs[1]"), (finding.Code, finding.Severity, finding.Path));
        Assert.Equal("六、其他需要报告的事项：“本机关按规定收取信息处理费。”说明收取了信息处理费，但没有写明金额", finding.Message);
    }

    [Theory]
    [InlineData("无")]
    [InlineData("暂无。")]
    [InlineData("本年度无。")]
    public void Check_IsAnError_WhenSection6OnlySaysNone(string text)
    {
        var finding = Assert.Single(Check(text));
        Assert.Equal((ErrorCodes.ProcessingFee, Severity.Error, "otherMatters"), (finding.Code, finding.Severity, finding.Path));
    }

    [Fact]
    public void Check_LeavesABlankSection6ToTheRequiredRule() => Assert.Empty(Check(" "));
}
