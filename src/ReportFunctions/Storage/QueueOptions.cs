using System.ComponentModel.DataAnnotations;
using ReportFunctions.Email;
using ReportFunctions.Storage;

namespace ReportFunctions.Storage;

/// <summary>Queue names; the triggers bind the same settings (`%Queues:Submissions%`).</summary>
public sealed class QueueOptions
{
    public const string Section = "Queues";

    [Required, RegularExpression("^[a-z0-9](?!.*--)[a-z0-9-]{1,53}[a-z0-9]$")]
    public string Submissions { get; init; } = StorageNames.SubmissionsQueue;

    [Required, RegularExpression("^[a-z0-9](?!.*--)[a-z0-9-]{1,53}[a-z0-9]$")]
    public string EmailOutbox { get; init; } = StorageNames.EmailOutboxQueue;
}
