namespace ReportFunctions.Pdf.Text;

/// <summary>
/// Chinese line-breaking rules at the "basic" level of W3C clreq (Requirements for Chinese Text Layout, §3.1.7)
/// and GB/T 15834-2011: which marks may not start or end a line, which sequences stay whole.
/// </summary>
internal static class LineBreakRules
{
    // clreq: closing marks, pause/stop marks and the middle dot never start a line.
    private const string NoLineStart = "、，。．：；！？”’）》〉】」』〕〗］｝·…‥%‰℃›»),.:;!?]}";

    // clreq: opening quotes and brackets never end a line.
    private const string NoLineEnd = "“‘（《〈【「『〔〖［｛‹«([{";

    public static bool CannotStartLine(char c) => NoLineStart.Contains(c);

    public static bool CannotEndLine(char c) => NoLineEnd.Contains(c);

    /// <summary>Latin letters, digits and ASCII symbols: runs of them are kept whole (words, numbers), except web addresses and tokens longer than a line, which LineBreaker splits.</summary>
    public static bool IsLatinRun(char c) => c is > ' ' and <= '~' || (c >= '\u00C0' && c <= '\u024F');

    public static bool IsLatinLetterOrDigit(char c) => char.IsAsciiLetterOrDigit(c) || (c >= '\u00C0' && c <= '\u024F');

    public static bool IsHan(char c) =>
        c is >= '\u4E00' and <= '\u9FFF' or >= '\u3400' and <= '\u4DBF' or >= '\uF900' and <= '\uFAFF' || char.IsSurrogate(c);

    /// <summary>Full-width punctuation whose glyph fills half the em box and may be set half width.</summary>
    public static bool IsCompressiblePunctuation(char c) =>
        c is >= '\u3001' and <= '\u3003' or >= '\u3008' and <= '\u3011' or >= '\u3014' and <= '\u301B'
            or '\u2018' or '\u2019' or '\u201C' or '\u201D'
            or '\uFF01' or '\uFF08' or '\uFF09' or '\uFF0C' or '\uFF0E' or '\uFF1A' or '\uFF1B' or '\uFF1F'
            or '\uFF3B' or '\uFF3D' or '\uFF5B' or '\uFF5D';

    /// <summary>
    /// True when a line may break between <paramref name="before"/> (last char of the previous cluster) and
    /// <paramref name="after"/> (first char of the next cluster).
    /// </summary>
    public static bool CanBreakBetween(char before, char after)
    {
        if (after == ' ')
            return false; // spaces hang at the end of the line they follow
        if (CannotStartLine(after) || CannotEndLine(before))
            return false;
        // "——" and "……" are one mark each (GB/T 15834 §4.13, §4.11).
        if (before == after && before is '—' or '…' or '⸺')
            return false;
        if (IsLatinRun(before) && IsLatinRun(after))
            return false;
        // Keep a number with the unit that follows it: 2021年, 150条.
        if (char.IsAsciiDigit(before) && IsHan(after))
            return false;
        return true;
    }
}
