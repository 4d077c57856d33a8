using System.ComponentModel.DataAnnotations;

namespace ReportFunctions.Http;

/// <summary>Who may use the supervising office's console (section "Console").</summary>
public sealed class ConsoleOptions
{
    public const string Section = "Console";

    /// <summary>The Entra ID app role a user signed in with App Service Authentication needs.</summary>
    [Required]
    public string RequiredRole { get; init; } = "ReportsAdmin";
}
