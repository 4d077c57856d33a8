using System.Text.Json.Nodes;
using ReportFunctions.Core.Model;
using ReportFunctions.Core.Reading;

namespace ReportFunctions.Core.Tests.Model;

public sealed class ApplicationsTableTests
{
    private static readonly JsonNode Json = JsonNode.Parse(ReportWriter.Write(ReportBuilder.Valid().Build()))!;

    [Fact]
    public void Rows_AreTheFormatsTwentyFiveRows_WithTwentyOneResultLeaves()
    {
        Assert.Equal(25, ApplicationsTable.Rows.Count);
        Assert.Equal(21, ApplicationsTable.Rows.Count(r => r.Role == ApplicationsRowRole.Result));
        Assert.Equal(7, ApplicationsTable.Columns.Count);
        Assert.Equal(ApplicationsTable.Rows.Count, ApplicationsTable.Rows.Select(r => r.Path).Distinct().Count());
    }

    [Fact]
    public void EveryCellPath_NamesTheValueItsAccessorReads()
    {
        var applications = ReportBuilder.Valid().Build().Applications;
        foreach (var row in ApplicationsTable.Rows)
        {
            foreach (var column in ApplicationsTable.Columns)
                Assert.Equal(column.Select(row.Select(applications)), ValueAt(row.CellPath(column)));
        }
    }

    [Fact]
    public void EveryReviewsAndDisclosurePath_NamesTheValueItsAccessorReads()
    {
        var report = ReportBuilder.Valid().Build();
        foreach (var group in ReviewsTable.Groups)
        {
            foreach (var column in ReviewsTable.Columns)
                Assert.Equal(column.Select(group.Select(report.ReviewsAndLitigation)), ValueAt(group.CellPath(column)));
        }
        foreach (var cell in ActiveDisclosureTable.Cells)
            Assert.Equal(cell.Select(report.ActiveDisclosure), ValueAt(cell.Path));
    }

    [Fact]
    public void Labels_AreTheOfficialOnes()
    {
        Assert.Equal("三、本年度办理结果（三）不予公开3.危及“三安全一稳定”", ApplicationsTable.Rows.Single(r => r.Path == "applications.denied.securityStability").Label);
        Assert.Equal("三、本年度办理结果（七）总计·自然人", FieldLabels.Describe("applications.total.naturalPerson"));
        Assert.Equal("unknown.path", FieldLabels.Describe("unknown.path"));
    }

    private static decimal ValueAt(string path) =>
        path.Split('.').Aggregate(Json, (node, name) => node[name]!).GetValue<decimal>();
}
