using System.ComponentModel.DataAnnotations;

namespace ReportFunctions.Email;

/// <summary>The issuing office that signs every e-mail (`Office__Name`, `Office__Phone` in the environment).</summary>
public sealed class OfficeOptions
{
    public const string Section = "Office";

    /// <summary>The supervising office's name as it signs, e.g. "某某县人民政府办公室（政务公开办）".</summary>
    [Required, MaxLength(100)]
    public string Name { get; init; } = "政府信息公开工作主管部门";

    /// <summary>The phone a body calls with questions; left out of the signature when empty.</summary>
    [MaxLength(50)]
    public string? Phone { get; init; }
}
