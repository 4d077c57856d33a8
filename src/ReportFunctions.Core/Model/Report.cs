using System.Text.Json.Serialization;

namespace ReportFunctions.Core.Model;

/// <summary>One annual report on government information disclosure, format of 国办公开办函〔2021〕30号.</summary>
public sealed record Report(
    string FormatVersion,
    Organization Organization,
    int Year,
    string? Title,
    IReadOnlyList<string> Preface,
    IReadOnlyList<Block> Overview,
    ActiveDisclosure ActiveDisclosure,
    Applications Applications,
    ReviewsAndLitigation ReviewsAndLitigation,
    IReadOnlyList<Block> ProblemsAndImprovements,
    IReadOnlyList<Block> OtherMatters,
    Signature Signature)
{
    /// <summary>The title as printed: the submitted one, else "&lt;name&gt;&lt;year&gt;年政府信息公开工作年度报告".</summary>
    [JsonIgnore]
    public string EffectiveTitle =>
        string.IsNullOrWhiteSpace(Title) ? $"{Organization.Name}{Year}年政府信息公开工作年度报告" : Title;
}
