using ReportFunctions.Pdf.Document;
using ReportFunctions.Pdf.Fonts;
using ReportFunctions.Pdf.Text;
using UglyToad.PdfPig;

namespace ReportFunctions.Pdf.Tests.Document;

/// <summary>
/// What a reader copies out of the PDF is the source text: every glyph maps back to its character through the font's
/// ToUnicode alone (readers that ignore ActualText, such as MuPDF, see the same), and word extraction breaks words
/// only where the source has a space.
/// </summary>
public sealed class TextLayerTests
{
    // Every character class of the reports: ideographs, digits, Latin, ASCII and CJK punctuation, both kinds of
    // quotes and apostrophes, the em dash of page numbers and 破折号.
    private static readonly string[] Paragraphs =
    [
        "本年度共受理申请3119件，2024年预算96171.6万元，比上年增长12.5%，详见A4纸附表。",
        "通过ISO 9001认证，网址http://www.example.gov.cn/xxgk，电话0574-62345678，邮箱xxgk@example.gov.cn。",
        "征地信息实行“批前告知、批后公开”，栏目名为‘政府信息公开’；他说：“要做到‘应发尽发’！”",
        "ASCII quotes: \"open\" and 'fair', it's and it’s; (a) [b] {c} <d> a/b 1+1=2 #1 & 50~60 ? !",
        "全角标点：，。、；：？！（）《》〈〉〔〕【】……——·",
        "— 1 —",
    ];

    private static readonly PageFrame Frame = new(PageFrame.Millimetres(210), PageFrame.Millimetres(297), 72, 72, 72, 72);
    private static readonly PdfMetadata Metadata = new("标题", "作者", "主题", "关键词", "ReportFunctions", new DateTimeOffset(2022, 1, 15, 8, 0, 0, TimeSpan.Zero));

    public static TheoryData<string> Faces => new() { "SerifRegular", "SerifBold", "SansRegular", "FangSong", "Kai" };

    [Theory]
    [MemberData(nameof(Faces))]
    public void Glyphs_MapBackToTheSourceCharactersWithoutActualText(string face)
    {
        var pdf = Render(face);

        using var document = PdfDocument.Open(pdf);
        var letters = string.Concat(document.GetPages().SelectMany(p => p.Letters).Select(l => l.Value));
        Assert.Equal(WithoutWhitespace(string.Concat(Paragraphs)), WithoutWhitespace(letters));
    }

    [Theory]
    [MemberData(nameof(Faces))]
    public void WordExtraction_BreaksOnlyWhereTheSourceHasASpace(string face)
    {
        var pdf = Render(face);

        using var document = PdfDocument.Open(pdf);
        var source = string.Join("\n", Paragraphs);
        foreach (var page in document.GetPages())
        {
            var words = page.GetWords().ToList();
            for (var i = 0; i < words.Count; i++)
            {
                Assert.Contains(words[i].Text, source, StringComparison.Ordinal);
                // Two words on one line must stand in the source with one space between them.
                if (i > 0 && Math.Abs(words[i].BoundingBox.Bottom - words[i - 1].BoundingBox.Bottom) < 1)
                    Assert.Contains(words[i - 1].Text + " " + words[i].Text, source, StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public void Samples_NumbersWithTheirUnitsAreFoundAsWholeWords()
    {
        var pdf = Render("FangSong");

        using var document = PdfDocument.Open(pdf);
        var words = document.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text).ToList();
        foreach (var whole in new[] { "3119件", "2024年预算96171.6万元", "9001认证" })
            Assert.Contains(words, w => w.Contains(whole, StringComparison.Ordinal));
    }

    private static byte[] Render(string face)
    {
        var fonts = BundledFonts.Shared;
        var typeface = face switch
        {
            "SerifRegular" => fonts.SerifRegular,
            "SerifBold" => fonts.SerifBold,
            "SansRegular" => fonts.SansRegular,
            "FangSong" => fonts.FangSong,
            _ => fonts.Kai,
        };
        var style = new TextStyle(typeface, 16, 29) { Fallback = fonts.SerifRegular, Alignment = TextAlignment.Left };
        var builder = new DocumentBuilder(Frame);
        foreach (var paragraph in Paragraphs)
            builder.Text(paragraph, style);
        return builder.RenderPdf(Metadata).Pdf;
    }

    private static string WithoutWhitespace(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));
}
