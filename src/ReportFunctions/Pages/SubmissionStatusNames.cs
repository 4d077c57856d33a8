using ReportFunctions.Submissions;

namespace ReportFunctions.Pages;

/// <summary>The Chinese word people read for each submission status; the one place to add a new state's name.</summary>
public static class SubmissionStatusNames
{
    public static string Chinese(SubmissionStatus status) => status switch
    {
        SubmissionStatus.Received => "已受理",
        SubmissionStatus.Published => "已发布",
        SubmissionStatus.Rejected => "未通过校验",
        SubmissionStatus.Failed => "处理失败",
        SubmissionStatus.AwaitingReview => "待审核",
        SubmissionStatus.Returned => "已退回",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, "a submission status without a Chinese name"),
    };
}
