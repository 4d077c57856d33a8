using ReportFunctions.Oversight;

namespace ReportFunctions.Tests.Oversight;

public sealed class ReportYearStatusesTests
{
    [Theory]
    [InlineData(0, false, null, "未报送")]
    [InlineData(0, false, "Received", "已报送待审核")]
    [InlineData(0, false, "AwaitingReview", "已报送待审核")]
    [InlineData(0, false, "Returned", "已退回")]
    [InlineData(0, false, "Rejected", "未通过校验")]
    [InlineData(1, false, "Published", "已发布")]
    [InlineData(1, false, "Rejected", "已发布")]
    [InlineData(2, true, "Published", "已更正")]
    public void Of_MapsWhatStorageHoldsToTheChineseStatus(int version, bool corrected, string? latest, string expected)
    {
        var status = ReportYearStatuses.Of(version, corrected ? DateTimeOffset.UnixEpoch : null, latest);

        Assert.Equal(expected, ReportYearStatuses.Chinese(status));
    }

    [Fact]
    public void EveryStatus_HasAChineseName() =>
        Assert.Equal(6, ReportYearStatuses.All.Select(ReportYearStatuses.Chinese).Distinct().Count());

    [Fact]
    public void Query_RoundTripsThroughItsQueryString_AndIgnoresNonsense()
    {
        var query = new YearOverviewQuery(2025, Core.Model.OrganizationKind.Government, ReportYearStatus.Rejected, true, YearSort.Days, true);
        var parameters = System.Web.HttpUtility.ParseQueryString(query.ToQueryString());

        Assert.Equal(query, YearOverviewQuery.Parse(name => parameters[name], 2000));
        Assert.Equal(new YearOverviewQuery(2024), YearOverviewQuery.Parse(name => name switch { "year" => "20x5", "status" => "3", "sort" => "evil", _ => null }, 2024));
    }
}
