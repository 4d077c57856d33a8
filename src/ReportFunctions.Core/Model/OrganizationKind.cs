using System.Text.Json.Serialization;

namespace ReportFunctions.Core.Model;

/// <summary>Kinds of body, which fix the report deadline (条例 第四十九条).</summary>
public enum OrganizationKind
{
    /// <summary>县级以上人民政府部门: due 1月31日.</summary>
    [JsonStringEnumMemberName("department")]
    Department,
    /// <summary>县级以上地方人民政府: due 3月31日.</summary>
    [JsonStringEnumMemberName("government")]
    Government,
    /// <summary>乡镇人民政府 / 街道办事处: set locally, default 1月31日.</summary>
    [JsonStringEnumMemberName("township")]
    Township,
    /// <summary>Any other body: set locally, default 1月31日.</summary>
    [JsonStringEnumMemberName("other")]
    Other,
}
