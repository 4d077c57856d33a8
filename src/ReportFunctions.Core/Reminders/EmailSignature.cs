using ReportFunctions.Core.Calendar;

namespace ReportFunctions.Core.Reminders;

/// <summary>What closes every e-mail, as a 公文 closes with the issuing office and the date: the office's name, its phone, the day sent.</summary>
/// <param name="Date">The day the message is composed, in China Standard Time.</param>
public sealed record EmailSignature(string Office, string? Phone, DateOnly Date)
{
    /// <summary>The signature's lines: office, "联系电话：…" when there is a phone, "2026年12月4日".</summary>
    public IReadOnlyList<string> Lines =>
        Phone is { Length: > 0 } phone
            ? [Office, $"联系电话：{phone}", ChineseDate.Format(Date)]
            : [Office, ChineseDate.Format(Date)];
}
