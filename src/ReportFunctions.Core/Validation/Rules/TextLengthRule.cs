using ReportFunctions.Core.Model;

namespace ReportFunctions.Core.Validation.Rules;

/// <summary>
/// Text limits, counted in characters (Unicode scalar values). Generous for real reports — the longest paragraph
/// of 淮安2024 is under 1,500 characters — but they stop pasted documents and runaway titles.
/// </summary>
internal sealed class TextLengthRule : IReportRule
{
    public const int MaxName = 100;
    public const int MaxTitle = 100;
    public const int MaxHeading = 100;
    public const int MaxParagraph = 5000;

    public IEnumerable<ValidationError> Check(Report report, ValidationContext context)
    {
        foreach (var text in ReportText.All(report))
        {
            var limit = text.Kind switch
            {
                TextKind.Name => MaxName,
                TextKind.Title => MaxTitle,
                TextKind.Heading => MaxHeading,
                _ => MaxParagraph,
            };
            // A UTF-16 length within the limit bounds the character count, so most texts need no counting.
            if (text.Text.Length <= limit)
                continue;
            var length = text.Text.EnumerateRunes().Count();
            if (length > limit)
            {
                yield return Finding.Error(ErrorCodes.Range, text.Path,
                    $"{text.Label}：共{length}个字符，超过{limit}个字符的上限");
            }
        }
    }
}
