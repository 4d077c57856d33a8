using ReportFunctions.Pages;
using ReportFunctions.Submissions;

namespace ReportFunctions.Tests.Pages;

/// <summary>Every state a submission can be in has its Chinese word and its explanation on the status page.</summary>
public sealed class SubmissionStatusPageTests
{
    private const string FormUrl = "http://127.0.0.1:7071/api/form?org=dalan-town&from=abc";

    [Theory]
    [InlineData(SubmissionStatus.Received, "已受理")]
    [InlineData(SubmissionStatus.Published, "已发布")]
    [InlineData(SubmissionStatus.Rejected, "未通过校验")]
    [InlineData(SubmissionStatus.Failed, "处理失败")]
    [InlineData(SubmissionStatus.AwaitingReview, "待审核")]
    [InlineData(SubmissionStatus.Returned, "已退回")]
    public void EveryState_IsNamedInChinese_OnItsPage(SubmissionStatus state, string name)
    {
        var html = Render(state);

        Assert.Equal(name, SubmissionStatusNames.Chinese(state));
        Assert.Contains($">{name}</strong>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void AReturnedSubmission_ShowsTheReviewersComment_AndTheWayBackToTheForm()
    {
        var html = Render(SubmissionStatus.Returned, "第三部分（七）总计与各项之和不符，请核实。<b>");

        Assert.Contains("第三部分（七）总计与各项之和不符，请核实。&lt;b&gt;", html, StringComparison.Ordinal);
        Assert.Contains("href=\"http://127.0.0.1:7071/api/form?org=dalan-town&amp;from=abc\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public void ASubmissionAwaitingReview_SaysItIsNotPublicYet()
    {
        var html = Render(SubmissionStatus.AwaitingReview);

        Assert.Contains("审核通过后公开发布", html, StringComparison.Ordinal);
        Assert.DoesNotContain("查看PDF版报告", html, StringComparison.Ordinal);
    }

    private static string Render(SubmissionStatus state, string? comment = null) => SubmissionStatusPage.Render(
        new SubmissionEntity
        {
            PartitionKey = "abc", OrganizationId = "dalan-town", Year = 2021, Title = "大岚镇人民政府2021年政府信息公开工作年度报告",
            Status = state.ToString(), ReceivedAt = new DateTimeOffset(2022, 1, 20, 2, 0, 0, TimeSpan.Zero), ReviewComment = comment,
            Version = state == SubmissionStatus.Published ? 1 : null, Url = state == SubmissionStatus.Published ? "http://127.0.0.1:7071/api/reports/2021/dalan-town.pdf" : null,
        },
        [], "/api/submissions/abc", FormUrl);
}
