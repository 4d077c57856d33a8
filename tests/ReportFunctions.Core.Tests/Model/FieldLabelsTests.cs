using ReportFunctions.Core.Model;

namespace ReportFunctions.Core.Tests.Model;

public sealed class FieldLabelsTests
{
    [Theory]
    [InlineData("applications.total.naturalPerson", "三、本年度办理结果（七）总计·自然人")]
    [InlineData("applications.notProcessed.repeated", "三、本年度办理结果（五）不予处理2.重复申请")]
    [InlineData("activeDisclosure.regulations.issued", "二、主动公开政府信息情况 第二十条第（一）项 规章·本年制发件数")]
    [InlineData("reviewsAndLitigation.litigationDirect.pending", "四、政府信息公开行政复议、行政诉讼情况 行政诉讼·未经复议直接起诉·尚未审结")]
    [InlineData("applications.denied", "三、本年度办理结果（三）不予公开")]
    [InlineData("applications.otherHandling", "三、本年度办理结果（六）其他处理")]
    [InlineData("activeDisclosure.normativeDocuments", "二、主动公开政府信息情况 第二十条第（一）项 行政规范性文件")]
    [InlineData("signature.date", "署名日期")]
    [InlineData("preface[0]", "导语第1段")]
    [InlineData("overview[1].paragraphs[0]", "一、总体情况 第2部分第1段")]
    [InlineData("overview[0].heading", "一、总体情况 第1部分标题")]
    [InlineData("activeDisclosure.narrative[0].paragraphs", "二、主动公开政府信息情况 第1部分段落")]
    [InlineData("otherMatters[2]", "六、其他需要报告的事项 第3部分")]
    [InlineData("overview[0].paragraphs[0].x", "overview[0].paragraphs[0].x")]
    [InlineData("applications.unknown", "applications.unknown")]
    public void Describe_ReadsPathsInTheFormsOwnWords(string path, string label) => Assert.Equal(label, FieldLabels.Describe(path));

    [Fact]
    public void Describe_NamesEveryObjectOfTheContractByItsLabel_NotByItsPath()
    {
        var objectPaths = ApplicationsTable.Rows.Select(r => r.Path)
            .Concat(ActiveDisclosureTable.Cells.Select(c => c.Path))
            .Select(path => path[..path.LastIndexOf('.')])
            .Distinct();

        Assert.All(objectPaths, path => Assert.NotEqual(path, FieldLabels.Describe(path)));
    }
}
