namespace ReportFunctions.Storage;

/// <summary>
/// Names of every container, queue and table the app uses. Queue names are settings (`Queues:*`, so the
/// triggers can bind `%Queues:Submissions%`); these are their defaults. StorageInitializer creates everything
/// listed in <see cref="Containers"/> and <see cref="Tables"/> and the queues from the settings.
/// </summary>
public static class StorageNames
{
    /// <summary>Raw accepted submissions: submissions/{orgId}/{year}/{id}.json (private).</summary>
    public const string SubmissionsContainer = "submissions";

    /// <summary>Published PDFs and their report JSON: reports/{year}/{orgId}.pdf, reports/{year}/{orgId}/v{n}.pdf|json.
    /// Private too: readers get the PDFs through the function route, which is the stable URL.</summary>
    public const string ReportsContainer = "reports";

    /// <summary>PDFs waiting for review (先备案后公布): review/{submissionId}.pdf. Private, served to admins only, never
    /// under the public reports prefix.</summary>
    public const string ReviewContainer = "review";

    public const string SubmissionsQueue = "report-submissions";

    public const string EmailOutboxQueue = "email-outbox";

    /// <summary>Suffix the Functions host appends for messages that failed maxDequeueCount times.</summary>
    public const string PoisonSuffix = "-poison";

    public const string OrganizationsTable = "Organizations";

    public const string SubmissionsTable = "Submissions";

    public const string IdempotencyKeysTable = "IdempotencyKeys";

    public const string PublishedReportsTable = "PublishedReports";

    public const string ReminderLogTable = "ReminderLog";

    public const string CorrectionNoticesTable = "CorrectionNotices";

    /// <summary>One row per outbox e-mail id: attempts, last error, and whether it was sent (so a redelivery is not sent twice).</summary>
    public const string EmailDeliveriesTable = "EmailDeliveries";

    public static IReadOnlyList<string> Containers { get; } = [SubmissionsContainer, ReportsContainer, ReviewContainer];

    public static IReadOnlyList<string> Tables { get; } =
        [OrganizationsTable, SubmissionsTable, IdempotencyKeysTable, PublishedReportsTable, ReminderLogTable, CorrectionNoticesTable,
         EmailDeliveriesTable];
}
