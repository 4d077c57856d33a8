using ReportFunctions.Pdf.Text;

namespace ReportFunctions.Pdf.Tests.Text;

public sealed class TextLayoutTests
{
    private const string NoStart = "、，。：；！？”’）》〉】·…";
    private const string NoEnd = "“‘（《〈【";

    private static List<string> Lines(string text, float widthEm, TextStyle? style = null)
    {
        var layout = new TextLayout(text, style ?? Styles.Plain);
        return layout.Lines(widthEm * Styles.Size).Select(layout.TextOf).ToList();
    }

    [Fact]
    public void Break_NeverStartsALineWithClosingMarksNorEndsOneWithOpeningMarks()
    {
        const string pool = "政府信息公开工作年度报告主动依申请、，。：；！？“”‘’（）《》〈〉【】·…";
        var random = new Random(20211229);
        for (var sample = 0; sample < 300; sample++)
        {
            var text = new string([.. Enumerable.Range(0, random.Next(20, 120)).Select(_ => pool[random.Next(pool.Length)])]);
            var lines = Lines(text, random.Next(6, 28));
            Assert.Equal(text, string.Concat(lines));
            for (var i = 0; i < lines.Count; i++)
            {
                if (i > 0)
                    Assert.DoesNotContain(lines[i][0], NoStart);
                if (i < lines.Count - 1)
                    Assert.DoesNotContain(lines[i][^1], NoEnd);
            }
        }
    }

    [Fact]
    public void Break_KeepsDashesAndEllipsesWhole()
    {
        for (var width = 3; width < 12; width++)
        {
            foreach (var line in Lines("一二三四五——六七八九十……一二三四五——六七八九十……完", width))
            {
                Assert.False(line.EndsWith('—') && !line.EndsWith("——"), line);
                Assert.False(line.StartsWith('—') && !line.StartsWith("——"), line);
                Assert.False(line.StartsWith('…'), line);
            }
        }
    }

    [Fact]
    public void Break_KeepsLatinWordsAndNumbersWithTheirUnitsTogether()
    {
        // From 10 em on the address fits a line; a run longer than the line is broken only as a last resort.
        for (var width = 10; width < 24; width++)
        {
            var lines = Lines("电子邮箱hazwgkc@163.com，全年公开2021年信息150条，收费3.5万元，电话0517-83605210。", width);
            Assert.Contains(lines, l => l.Contains("hazwgkc@163.com"));
            Assert.Contains(lines, l => l.Contains("2021年"));
            Assert.Contains(lines, l => l.Contains("150条"));
            Assert.Contains(lines, l => l.Contains("0517-83605210"));
        }
    }

    [Fact]
    public void Break_SplitsAWebAddressAfterASlashOrDotInsteadOfLeavingTheLineHalfEmpty()
    {
        const string url = "http://www.example.gov.cn/zwgk/xxgk/ndbg/2021/index.html";
        var text = $"本报告电子版可在大岚镇人民政府门户网站{url}下载。";

        var lines = Lines(text, 26);

        Assert.Equal(text, string.Concat(lines));
        Assert.StartsWith("本报告电子版可在大岚镇人民政府门户网站http://", lines[0]);
        Assert.Contains(lines[0][^1], "/.");
    }

    [Fact]
    public void Break_StartsATokenLongerThanTheLineOnTheCurrentLine()
    {
        var token = string.Concat(Enumerable.Repeat("ABCDEFGHIJ,K", 10));
        var text = $"超长标识{token}应能折行。";

        for (var width = 16; width <= 30; width++)
        {
            var lines = Lines(text, width);

            Assert.Equal(text, string.Concat(lines));
            Assert.StartsWith("超长标识ABC", lines[0]);
            Assert.All(lines.Skip(1), line => Assert.DoesNotContain(line[0], ".,;:!?)"));
            Assert.All(lines.SkipLast(1), line => Assert.True(new TextLayout(line, Styles.Plain).NaturalWidth > (width - 2) * Styles.Size, line));
        }
    }

    [Fact]
    public void Break_SqueezesAClosingMarkOntoTheLineBeforePushingACharacterDown()
    {
        // Ten ideographs and "。" are 11 em; at 10.5 em the full stop fits only when set half width.
        var lines = Lines("一二三四五六七八九十。一二三", 10.5f);

        Assert.Equal("一二三四五六七八九十。", lines[0]);
    }

    [Fact]
    public void Break_PushesTheLastCharacterDownWhenSqueezingIsNotEnough()
    {
        var lines = Lines("一二三四五六七八九十。一二三", 10.2f);

        Assert.Equal("一二三四五六七八九", lines[0]);
        Assert.StartsWith("十。", lines[1]);
    }

    [Fact]
    public void Justify_FillsEveryLineButTheLastToTheMeasureAndIndentsTheFirst()
    {
        var layout = new TextLayout("本年度大岚镇利用政务信息平台主动公开政府信息150条，其中组织机构18条，部门文件19条、工作计划12条、工作开展79条，公告告示8条。", Styles.Body);
        var width = 20.3f * Styles.Size;

        var lines = layout.Lines(width);

        Assert.True(lines.Count > 2);
        Assert.Equal(2 * Styles.Size, lines[0].X, 0.01f);
        Assert.Equal(width - 2 * Styles.Size, lines[0].Width, 0.01f);
        foreach (var line in lines.Skip(1).SkipLast(1))
        {
            Assert.Equal(0, line.X, 0.01f);
            Assert.Equal(width, line.Width, 0.01f);
        }
        Assert.True(lines[^1].Width < width);
    }

    [Fact]
    public void HanAndDigits_AreSetSolid()
    {
        // A visible gap (clreq's ¼ em) is read by text extractors as a word break: "2021 年".
        var digits = new TextLayout("2021", Styles.Plain).NaturalWidth;
        var han = new TextLayout("年", Styles.Plain).NaturalWidth;

        var both = new TextLayout("2021年", Styles.Plain).NaturalWidth;

        Assert.Equal(digits + han, both, 0.01f);
    }

    [Fact]
    public void AdjacentMarks_TakeOneAndAHalfEm()
    {
        var single = new TextLayout("。", Styles.Plain).NaturalWidth;

        var pair = new TextLayout("。”", Styles.Plain).NaturalWidth;

        Assert.Equal(1.5f * single, pair, 0.01f);
    }

    [Fact]
    public void OneCharacterPerLine_KeepsAPauseMarkWithTheCharacterBeforeIt()
    {
        var lines = Lines("三、本年度办理结果", 1.5f, Styles.Cell with { OneCharacterPerLine = true });

        Assert.Equal(["三、", "本", "年", "度", "办", "理", "结", "果"], lines);
    }

    [Fact]
    public void BalanceLines_MakesLinesAboutEquallyLong()
    {
        var layout = new TextLayout("淮安市人民政府办公室关于政府信息公开工作的二〇二四年度报告全文", Styles.Plain with { BalanceLines = true, Alignment = TextAlignment.Center });

        var lines = layout.Lines(20 * Styles.Size);

        Assert.Equal(2, lines.Count);
        Assert.True(Math.Abs(lines[0].Width - lines[1].Width) <= Styles.Size * 1.01f);
    }

    [Fact]
    public void ForcedLineBreak_StartsANewLine()
    {
        Assert.Equal(["大岚镇人民政府", "2021年政府信息公开工作年度报告"], Lines("大岚镇人民政府\n2021年政府信息公开工作年度报告", 25));
    }

    [Fact]
    public void ControlWhitespace_BecomesSpacesOrLineBreaksNeverNotdefGlyphs()
    {
        var shaped = TextShaper.Shape("甲\t乙\r\n丙\r丁", Styles.Plain);

        Assert.Equal("甲 乙\n丙\n丁", shaped.Text);
        Assert.DoesNotContain((ushort)0, shaped.Glyphs);
        Assert.Equal(["甲 乙", "丙", "丁"], Lines("甲\t乙\r\n丙\r丁", 20));
    }

    [Fact]
    public void ShrinkToFit_ScalesANumberTooWideForItsCellDownToTheCellWidth()
    {
        var layout = new TextLayout("1234567890", Styles.Cell with { ShrinkToFit = true, TabularDigits = true });
        var natural = layout.NaturalWidth;

        var lines = layout.Lines(natural / 2);

        var line = Assert.Single(lines);
        Assert.Equal(natural / 2, line.Width, 0.01f);
    }

    [Fact]
    public void TabularDigits_GiveEveryDigitTheSameWidth()
    {
        var style = Styles.Cell with { TabularDigits = true };

        Assert.Equal(new TextLayout("1111", style).NaturalWidth, new TextLayout("8080", style).NaturalWidth, 0.001f);
        Assert.NotEqual(new TextLayout("1111", Styles.Cell).NaturalWidth, new TextLayout("8080", Styles.Cell).NaturalWidth, 0.001f);
    }
}
