namespace ReportFunctions.Email;

public enum SmtpTlsMode
{
    /// <summary>Plain SMTP, e.g. a relay on the same host or a test server.</summary>
    None,
    /// <summary>STARTTLS upgrade, required (port 587).</summary>
    StartTls,
    /// <summary>TLS from the first byte (port 465).</summary>
    SslOnConnect,
}
