using ReportFunctions.Core.Model;
using ReportFunctions.Core.Validation;
using ReportFunctions.Core.Validation.Rules;

namespace ReportFunctions.Core.Tests.Validation.Rules;

/// <summary>
/// The valid report's tables: 本年新收 14, 上年结转 1, （七）总计 13, 结转下年度 2; 行政复议 维持1 尚未审结1 总计2;
/// 行政诉讼 直接起诉 纠正1 总计1, 复议后起诉 0; 行政规范性文件 制发2 废止1 现行有效5; 规章 0.
/// </summary>
public sealed class ProseTableRuleTests
{
    private static List<ValidationError> Check(string paragraph, Func<Report, Report>? change = null)
    {
        var report = ReportBuilder.Valid().With(r => r with { Overview = [new Block("（二）依申请公开", [paragraph])] }).With(change ?? (r => r)).Build();
        return new ProseTableRule().Check(report, ValidationContext.None).ToList();
    }

    [Theory]
    [InlineData("全年共收到政府信息公开申请14件，上年结转1件，办结13件，结转下年度继续办理2件。")]
    [InlineData("本年度新收政府信息公开申请14件；受理申请14件。")]
    [InlineData("共收到申请15件（含上年结转1件）。")]
    [InlineData("全年因政府信息公开工作被申请行政复议2件，其中结果维持1件；被提起行政诉讼1件，其中未经复议直接起诉1件、复议后起诉0件，结果纠正1件。")]
    [InlineData("全年制发行政规范性文件2件，废止1件，现行有效行政规范性文件5件，规章0件。")]
    public void Check_FindsNothing_WhenTheProseAgreesWithTheTables(string text) => Assert.Empty(Check(text));

    [Theory]
    [InlineData("受理行政许可申请1286件。")]
    [InlineData("电话答复群众咨询200余件。")]
    [InlineData("当场答复3件，延期答复1件。")]
    [InlineData("均在印发后20个工作日内公开。")]
    [InlineData("全年收到申请约120件。")]
    [InlineData("收到行政复议申请2件。")]
    [InlineData("承办人大代表建议11件、政协提案6件，答复率100%。")]
    [InlineData("维持3件。")]
    [InlineData("2021年1月1日至2021年12月31日，主动公开政府信息150条。")]
    [InlineData("清理规章和规范性文件，废止20件。")]
    [InlineData("共收到申请14件，其中网上收到申请10件、当面受理申请4件。")]
    [InlineData("全年办结13件，其中办结上年结转申请1件。")]
    [InlineData("被申请行政复议和提起行政诉讼共3件。")]
    public void Check_FindsNothing_ForPhrasingsItDoesNotRead(string text) => Assert.Empty(Check(text));

    [Fact]
    public void Check_QuotesTheSentenceTheNumberAndTheCell()
    {
        var finding = Assert.Single(Check("本年度依申请公开工作有序开展。全年共收到政府信息公开申请120件，均按时答复。"));

        Assert.Equal((ErrorCodes.ProseTable, Severity.Warning, "overview[0].paragraphs[0]"), (finding.Code, finding.Severity, finding.Path));
        Assert.Equal(
            "一、总体情况 第1部分第1段：“全年共收到政府信息公开申请120件，均按时答复。”写明新收申请120件，与表格“三、收到和处理政府信息公开申请情况 一、本年新收政府信息公开申请数量·总计”的14不符",
            finding.Message);
    }

    [Theory]
    [InlineData("上年结转3件。", "二、上年结转政府信息公开申请数量·总计")]
    [InlineData("全年办结12件。", "（七）总计·总计")]
    [InlineData("结转下年度继续办理1件。", "四、结转下年度继续办理·总计")]
    [InlineData("被申请行政复议3件。", "行政复议·总计")]
    [InlineData("被申请行政复议2件，结果维持2件。", "行政复议·结果维持")]
    [InlineData("被提起行政诉讼2件。", "行政诉讼（未经复议直接起诉与复议后起诉）·总计")]
    [InlineData("被提起行政诉讼1件，结果纠正3件。", "行政诉讼（未经复议直接起诉与复议后起诉）·结果纠正")]
    [InlineData("制发行政规范性文件3件。", "行政规范性文件·本年制发件数")]
    [InlineData("现行有效规章1件。", "规章·现行有效件数")]
    public void Check_ComparesEachFigureWithItsCell(string text, string cell)
    {
        var finding = Assert.Single(Check(text));
        Assert.Contains(cell, finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_AcceptsTheSumOfTheColumns_WhenTheRowTotalItselfIsMistyped() =>
        Assert.Empty(Check("全年收到申请14件。", r => r with { Applications = r.Applications with { NewlyReceived = r.Applications.NewlyReceived with { Total = 15 } } }));
}
