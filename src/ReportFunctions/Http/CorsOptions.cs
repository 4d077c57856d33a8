namespace ReportFunctions.Http;

/// <summary>
/// Origins other than the app's own whose pages may call the form's API routes from script (`Cors__AllowedOrigins`):
/// a government website hosting a copy of the form. A plain form post needs no CORS; the copy's live checks,
/// preview and status polling do. Comma- or space-separated, each an exact origin such as https://www.example.gov.cn.
/// </summary>
public sealed class CorsOptions
{
    public const string Section = "Cors";

    public string? AllowedOrigins { get; init; }

    public IReadOnlySet<string> Origins() =>
        (AllowedOrigins ?? "").Split([',', ' ', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(o => o.TrimEnd('/'))
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
}
