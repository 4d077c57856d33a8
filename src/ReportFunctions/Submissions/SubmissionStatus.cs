namespace ReportFunctions.Submissions;

public enum SubmissionStatus
{
    /// <summary>Stored and queued; the worker has not finished with it.</summary>
    Received,
    /// <summary>Valid and published as a version of the organization's report.</summary>
    Published,
    /// <summary>The rules found errors; nothing was published.</summary>
    Rejected,
    /// <summary>Processing failed on every attempt; the message is in the poison queue.</summary>
    Failed,
    /// <summary>Valid, and its organization publishes only after review (先备案后公布): the PDF waits privately (待审核).</summary>
    AwaitingReview,
    /// <summary>The reviewer sent it back with a comment (已退回); nothing was published.</summary>
    Returned,
}
