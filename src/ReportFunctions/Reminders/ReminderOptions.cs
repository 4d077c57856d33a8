using System.ComponentModel.DataAnnotations;

namespace ReportFunctions.Reminders;

/// <remarks>
/// `Reminders:Schedule` is read by the host, not here: the timer binds %Reminders:Schedule% (six-field NCRONTAB in
/// UTC; "0 0 1 * * *" is 09:00 in China), so the setting must exist in local.settings.json and the app settings.
/// </remarks>
public sealed class ReminderOptions
{
    public const string Section = "Reminders";

    /// <summary>Copied on annual-report reminders for organizations that have no supervisor address of their own.</summary>
    [EmailAddress]
    public string? SupervisingOfficeEmail { get; init; }

    /// <summary>The page where organizations fill in their report, linked from every reminder.</summary>
    [Required, Url]
    public string FormUrl { get; init; } = "";
}
