using ReportFunctions.Pdf.Document;
using ReportFunctions.Pdf.Fonts;
using ReportFunctions.Pdf.Text;

namespace ReportFunctions.Pdf.Tests.Text;

/// <summary>Which breaks the engine chooses beyond the clreq rules: no stranded last character, no split words, faces per run.</summary>
public sealed class LineChoiceTests
{
    private static readonly TextStyle Label = Styles.Cell with { Size = 10, Alignment = TextAlignment.Left, AvoidShortLastLine = true };

    private static List<string> Lines(string text, float widthEm, TextStyle style)
    {
        var layout = new TextLayout(text, style);
        return layout.Lines(widthEm * style.Size).Select(layout.TextOf).ToList();
    }

    [Theory]
    [InlineData("4.保护第三方合法权益", 9.5f)]
    [InlineData("3.危及“三安全一稳定”", 9.5f)]
    [InlineData("2.没有现成信息需要另行制作", 12.5f)]
    public void AvoidShortLastLine_MovesAWordDownRatherThanLeaveOneCharacterAlone(string label, float widthEm)
    {
        var greedy = Lines(label, widthEm, Label with { AvoidShortLastLine = false });
        var chosen = Lines(label, widthEm, Label);

        Assert.Equal(1, greedy[^1].Count(c => !LineBreakRules.CannotStartLine(c)));
        Assert.Equal(label, string.Concat(chosen));
        Assert.Equal(greedy.Count, chosen.Count);
        Assert.True(chosen[^1].Count(c => !LineBreakRules.CannotStartLine(c)) >= 2, string.Join(" / ", chosen));
    }

    [Fact]
    public void AvoidShortLastLine_NeverLeavesOneCharacterOnTheLastLine_AtAnyWidth()
    {
        const string pool = "政府信息公开申请办理结果不予处理";
        var random = new Random(20241231);
        for (var sample = 0; sample < 300; sample++)
        {
            var text = new string([.. Enumerable.Range(0, random.Next(3, 40)).Select(_ => pool[random.Next(pool.Length)])]);
            var lines = Lines(text, random.Next(2, 16), Label);
            Assert.Equal(text, string.Concat(lines));
            Assert.True(lines.Count == 1 || lines[^1].Length >= 2, string.Join(" / ", lines));
        }
    }

    [Fact]
    public void LineStartOpeningBracket_IsSetHalfWidthWhenThatKeepsOneMoreCharacter()
    {
        // "（三）不" is 4 em; with the bracket at the line start set half width it fits 3.6 em, as in the template.
        var lines = Lines("（三）不予公开", 3.6f, Label);

        Assert.Equal(["（三）不", "予公开"], lines);
        Assert.Equal(["（三）", "不予", "公开"], Lines("（三）不予公开", 3.4f, Label));
    }

    [Fact]
    public void WordJoiner_ForbidsABreakAndIsNeitherShapedNorExtracted()
    {
        var joined = $"关于印发大岚镇政{DocumentBuilder.NoBreak}府信息公开工作的通知";

        for (var width = 6; width < 18; width++)
        {
            var lines = Lines(joined, width, Styles.Plain);
            Assert.Equal("关于印发大岚镇政府信息公开工作的通知", string.Concat(lines));
            Assert.DoesNotContain(lines, l => l.EndsWith('政'));
        }
    }

    [Fact]
    public void Runs_SetEachStretchInItsOwnFaceAndFallBackPerCharacter()
    {
        var fonts = BundledFonts.Shared;
        var style = Styles.Cell with { Fallback = fonts.SerifRegular };

        var layout = new TextLayout([new TextRun("（二）部分公开", fonts.SerifRegular), new TextRun("（区分处理的堃）", fonts.Kai)], style);

        var shaped = layout.Shaped;
        var faces = shaped.Clusters.Select(c => shaped.Faces[c.Face].Name).ToList();
        Assert.Equal("（二）部分公开（区分处理的堃）", shaped.Text);
        Assert.All(faces.Take(7), f => Assert.Equal("NotoSerifCJKsc-Regular", f));
        Assert.All(faces.Skip(7).Take(6), f => Assert.Equal("WenKaiGB-Regular", f));
        // 堃 is not in GB 2312: the 楷体 subset lacks it, the full 宋 face draws it.
        Assert.Equal("NotoSerifCJKsc-Regular", faces[^2]);
    }

    [Fact]
    public void Punctuation_IsSetFullWidth_FromTheFallbackWhenTheFacesQuotesAreNarrow()
    {
        var fonts = BundledFonts.Shared;
        var style = new TextStyle(fonts.Kai, 16, 29) { Fallback = fonts.SerifRegular };

        var shaped = new TextLayout("做到“应发尽发”", style).Shaped;

        Assert.False(fonts.Kai.IsFullWidth('“'));
        var quotes = shaped.Clusters.Where(c => shaped.Text[c.Start] is '“' or '”').ToList();
        Assert.Equal(2, quotes.Count);
        Assert.All(quotes, c => Assert.Equal(fonts.SerifRegular, shaped.Faces[c.Face]));
        Assert.All(quotes, c => Assert.Equal(1, c.Advance, 2));
        Assert.Equal(fonts.Kai, shaped.Faces[shaped.Clusters[0].Face]);
    }

    [Fact]
    public void ShrinkToFit_ReportsTheScaleAtWhichTheTextFitsOneLine()
    {
        var layout = new TextLayout("1234567890", Styles.Cell with { ShrinkToFit = true });

        var scale = layout.FitScale(layout.NaturalWidth / 2);

        Assert.Equal(0.5f, scale, 3);
        Assert.Single(layout.Lines(layout.NaturalWidth / 2));
        Assert.Equal(1f, new TextLayout("1234567890", Styles.Cell).FitScale(1));
    }
}
