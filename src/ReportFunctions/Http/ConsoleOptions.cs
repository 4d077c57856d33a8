using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Configuration;

namespace ReportFunctions.Http;

/// <summary>Who may use the supervising office's console (section "Console").</summary>
public sealed class ConsoleOptions
{
    public const string Section = "Console";

    /// <summary>The Entra ID app role a signed-in user needs (Easy Auth).</summary>
    [Required]
    public string RequiredRole { get; init; } = "ReportsAdmin";

    /// <summary>
    /// "True" when App Service Authentication is on (App Service sets WEBSITE_AUTH_ENABLED itself). Only then is
    /// X-MS-CLIENT-PRINCIPAL believed: App Service removes the header from incoming requests and sets it itself;
    /// anywhere else anybody could send it.
    /// </summary>
    [ConfigurationKeyName("WEBSITE_AUTH_ENABLED")]
    public string? EasyAuthEnabled { get; init; }

    public bool TrustsClientPrincipal => string.Equals(EasyAuthEnabled, "true", StringComparison.OrdinalIgnoreCase);
}
