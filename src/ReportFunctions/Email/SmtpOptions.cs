using System.ComponentModel.DataAnnotations;

namespace ReportFunctions.Email;

/// <summary>The SMTP server the outbox delivers through (`Smtp__Host` etc. in the environment).</summary>
public sealed class SmtpOptions
{
    public const string Section = "Smtp";

    [Required]
    public string Host { get; init; } = "";

    [Range(1, 65535)]
    public int Port { get; init; } = 587;

    /// <summary>Empty for a server that takes mail without authentication.</summary>
    public string? Username { get; init; }

    public string? Password { get; init; }

    [Required, EmailAddress]
    public string From { get; init; } = "";

    public SmtpTlsMode TlsMode { get; init; } = SmtpTlsMode.StartTls;
}
