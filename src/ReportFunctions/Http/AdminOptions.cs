using Microsoft.Extensions.Configuration;

namespace ReportFunctions.Http;

/// <summary>
/// The admin key for the management routes when no Functions host checks keys (the local runner,
/// `func start`). In Azure the routes are AuthorizationLevel.Function, so the host has already checked
/// `x-functions-key`; when this setting is present the functions check it as well. Outside Azure without
/// the setting, the management routes are closed.
/// </summary>
public sealed class AdminOptions
{
    [ConfigurationKeyName("REPORTS_ADMIN_KEY")]
    public string? Key { get; init; }

    /// <summary>Set by App Service on every Azure instance; tells that a Functions host in Azure checked the key.</summary>
    [ConfigurationKeyName("WEBSITE_INSTANCE_ID")]
    public string? AzureInstanceId { get; init; }

    /// <summary>
    /// "True" when App Service Authentication is on (App Service sets it). Only then is X-MS-CLIENT-PRINCIPAL
    /// believed: App Service removes the header from incoming requests and sets it itself; elsewhere anybody can send it.
    /// </summary>
    [ConfigurationKeyName("WEBSITE_AUTH_ENABLED")]
    public string? EasyAuthEnabled { get; init; }

    public bool TrustsClientPrincipal => string.Equals(EasyAuthEnabled, "true", StringComparison.OrdinalIgnoreCase);
}
