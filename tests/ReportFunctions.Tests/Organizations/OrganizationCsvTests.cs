using ReportFunctions.Organizations;

namespace ReportFunctions.Tests.Organizations;

public sealed class OrganizationCsvTests
{
    private const string Header = "id,name,kind,contacts\n";

    [Fact]
    public void Read_TakesQuotedCommasDoubledQuotesAndLineBreaks()
    {
        var (organizations, errors) = OrganizationCsv.Read(
            Header + "a-town,\"甲镇人民政府,“试点”\"\"镇\"\"\",township,a@example.gov.cn\n"
                   + "b-dept,\"乙局\n（原丙局）\",department,\"b@example.gov.cn;c@example.gov.cn\"\n");

        Assert.Empty(errors);
        Assert.Equal(["a-town", "b-dept"], organizations.Select(o => o.Id));
        Assert.Equal("甲镇人民政府,“试点”\"镇\"", organizations[0].Name);
        Assert.Equal("乙局\n（原丙局）", organizations[1].Name);
        Assert.Equal(["b@example.gov.cn", "c@example.gov.cn"], organizations[1].Contacts);
    }

    [Fact]
    public void Read_RefusesAnUnclosedQuote_NamingItsLine()
    {
        var (organizations, errors) = OrganizationCsv.Read(Header + "a-town,甲镇,township,a@example.gov.cn\nb-dept,\"乙局,department,b@example.gov.cn\n");

        Assert.Empty(organizations);
        var error = Assert.Single(errors);
        Assert.Equal("rows.3", error.Path);
        Assert.StartsWith("第3行：引号未闭合", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_RefusesTextAfterAClosingQuote_NamingItsLine()
    {
        var (organizations, errors) = OrganizationCsv.Read(Header + "a-town,\"甲镇\"人民政府,township,a@example.gov.cn\n");

        Assert.Empty(organizations);
        var error = Assert.Single(errors);
        Assert.Equal("rows.2", error.Path);
        Assert.StartsWith("第2行：右引号后还有文字", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_RequiresReviewColumn_IsTrueFalseOrEmptyForTheDefault()
    {
        var (organizations, errors) = OrganizationCsv.Read(
            "id,name,kind,requiresReview\na-town,甲镇,township,是\nb-town,乙镇,township,false\nc-town,丙镇,township,\n");

        Assert.Empty(errors);
        Assert.Equal([true, false, null], organizations.Select(o => o.RequiresReview));
    }

    [Fact]
    public void Read_RequiresReviewColumn_RefusesAnythingElse_NamingTheRow()
    {
        var (organizations, errors) = OrganizationCsv.Read("id,name,kind,requiresReview\na-town,甲镇,township,maybe\n");

        Assert.Empty(organizations);
        var error = Assert.Single(errors);
        Assert.Equal("rows.2.requiresReview", error.Path);
        Assert.StartsWith("第2行：是否先审核后公布“maybe”无效", error.Message, StringComparison.Ordinal);
    }
}
