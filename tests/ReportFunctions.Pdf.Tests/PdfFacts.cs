using System.Text;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Tokens;

namespace ReportFunctions.Pdf.Tests;

/// <summary>What a PDF reader sees: extracted text, letter positions, fonts.</summary>
internal static class PdfFacts
{
    /// <summary>The text of all pages as a reader copies it: a marked-content span's ActualText replaces its letters.</summary>
    public static string Text(byte[] pdf) => string.Concat(PageTexts(pdf));

    public static List<string> PageTexts(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return [.. document.GetPages().Select(p => string.Concat(ReadLetters(p).Select(l => l.Value)))];
    }

    /// <summary>The page's letters with ActualText applied (Skia writes it where its ToUnicode map is ambiguous).</summary>
    public static List<Letter> ReadLetters(Page page)
    {
        var replacements = new Dictionary<(double, double), string>();
        var dropped = new HashSet<(double, double)>();
        foreach (var span in page.GetMarkedContents().Where(m => m.ActualText is not null && m.Letters.Count > 0))
        {
            replacements[Key(span.Letters[0])] = span.ActualText!;
            foreach (var letter in span.Letters.Skip(1))
                dropped.Add(Key(letter));
        }
        var letters = new List<Letter>();
        foreach (var letter in page.Letters)
        {
            var key = Key(letter);
            if (dropped.Contains(key))
                continue;
            letters.Add(replacements.TryGetValue(key, out var text)
                ? new Letter(text, letter.BoundingBox, letter.GlyphRectangleLoose, letter.StartBaseLine, letter.EndBaseLine, letter.Width, letter.FontSize, letter.FontDetails, letter.RenderingMode, letter.StrokeColor, letter.FillColor, letter.PointSize, letter.TextSequence)
                : letter);
        }
        return letters;
    }

    private static (double, double) Key(Letter letter) => (Math.Round(letter.StartBaseLine.X, 3), Math.Round(letter.StartBaseLine.Y, 3));

    /// <summary>Every occurrence of <paramref name="text"/> on the page as its run of letters.</summary>
    public static List<IReadOnlyList<Letter>> Find(Page page, string text)
    {
        var letters = ReadLetters(page).Where(l => !string.IsNullOrWhiteSpace(l.Value)).ToList();
        var joined = string.Concat(letters.Select(l => l.Value));
        var found = new List<IReadOnlyList<Letter>>();
        for (var i = joined.IndexOf(text, StringComparison.Ordinal); i >= 0; i = joined.IndexOf(text, i + 1, StringComparison.Ordinal))
            found.Add(letters.GetRange(i, text.Length));
        return found;
    }

    /// <summary>Fonts that are neither Type 3 (glyphs drawn inline) nor carry an embedded font program.</summary>
    public static List<string> UnembeddedFonts(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        var missing = new List<string>();
        foreach (var page in document.GetPages())
        {
            var resources = Resolve(document, page.Dictionary.Data["Resources"]) as DictionaryToken;
            if (resources is null || !resources.Data.TryGetValue("Font", out var fontsToken))
                continue;
            var fonts = (DictionaryToken)Resolve(document, fontsToken);
            foreach (var (name, reference) in fonts.Data)
            {
                var font = (DictionaryToken)Resolve(document, reference);
                var subtype = ((NameToken)font.Data["Subtype"]).Data;
                if (subtype == "Type3" && font.Data.ContainsKey("CharProcs"))
                    continue;
                if (subtype == "Type0")
                {
                    var descendants = (ArrayToken)Resolve(document, font.Data["DescendantFonts"]);
                    font = (DictionaryToken)Resolve(document, descendants.Data[0]);
                }
                if (!font.Data.TryGetValue("FontDescriptor", out var descriptorToken)
                    || !((DictionaryToken)Resolve(document, descriptorToken)).Data.Keys.Any(k => k.StartsWith("FontFile", StringComparison.Ordinal)))
                    missing.Add($"{name} ({subtype})");
            }
        }
        return missing;
    }

    private static IToken Resolve(PdfDocument document, IToken token) =>
        token is IndirectReferenceToken reference ? document.Structure.GetObject(reference.Data).Data : token;
}
