using System.Text.Json;
using Azure;
using Azure.Data.Tables;
using ReportFunctions.Core.Model;
using ReportFunctions.Core.Organizations;

namespace ReportFunctions.Organizations;

/// <summary>Table row of an organization: partition "org", row key the id. The token hash lives in a separate row.</summary>
internal sealed class OrganizationEntity : ITableEntity
{
    public const string Partition = "org";

    public string PartitionKey { get; set; } = Partition;

    public string RowKey { get; set; } = "";

    public DateTimeOffset? Timestamp { get; set; }

    public ETag ETag { get; set; }

    public string Name { get; set; } = "";

    public string Kind { get; set; } = "";

    public string Contacts { get; set; } = "[]";

    public string? DeadlineOverride { get; set; }

    public bool Active { get; set; } = true;

    public string? SupervisorEmail { get; set; }

    /// <summary>Null: the app's default (Review:RequiredByDefault).</summary>
    public bool? RequiresReview { get; set; }

    public static OrganizationEntity From(OrganizationRecord record) => new()
    {
        RowKey = record.Id,
        Name = record.Name,
        Kind = record.Kind.ToString(),
        Contacts = JsonSerializer.Serialize(record.Contacts, OrganizationJsonContext.Web.IReadOnlyListString),
        DeadlineOverride = record.DeadlineOverride,
        Active = record.Active,
        SupervisorEmail = record.SupervisorEmail,
        RequiresReview = record.RequiresReview,
    };

    public OrganizationRecord ToRecord() => new(
        RowKey,
        Name,
        Enum.Parse<OrganizationKind>(Kind),
        JsonSerializer.Deserialize(Contacts, OrganizationJsonContext.Web.IReadOnlyListString) ?? [],
        DeadlineOverride,
        Active,
        SupervisorEmail,
        RequiresReview);
}
