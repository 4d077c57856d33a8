using ReportFunctions.Core.Calendar;
using ReportFunctions.Core.Model;
using ReportFunctions.Core.Reading;
using ReportFunctions.Core.Rendering;
using ReportFunctions.Pdf.Tests;
using UglyToad.PdfPig;

namespace ReportFunctions.Core.Tests.Rendering;

public sealed class ReportRendererTests
{
    private static readonly ReportRenderer Renderer = new(FixedTime.Default);

    public static TheoryData<string> Samples => new() { "dalan-2021.json", "county-department-2024.json" };

    [Theory]
    [MemberData(nameof(Samples))]
    public void Render_PrintsEverySectionHeadingAndParagraphOfTheSampleInOrder(string sample)
    {
        var report = Sample(sample);

        // Page numbers ("— 1 —") end each page's text; a paragraph running over a page break continues after it.
        var pages = PdfFacts.PageTexts(Renderer.Render(report).Pdf).Select((p, i) => Squeeze(p).Replace($"—{i + 1}—", "", StringComparison.Ordinal));
        var text = string.Concat(pages);

        var expected = new List<string> { report.EffectiveTitle };
        expected.AddRange(report.Preface);
        Add(expected, SectionHeadings.Overview, report.Overview);
        Add(expected, SectionHeadings.ActiveDisclosure, report.ActiveDisclosure.Narrative);
        expected.Add(SectionHeadings.Applications);
        expected.Add(SectionHeadings.ReviewsAndLitigation);
        Add(expected, SectionHeadings.ProblemsAndImprovements, report.ProblemsAndImprovements);
        Add(expected, SectionHeadings.OtherMatters, report.OtherMatters);
        expected.Add(report.Signature.Issuer);
        expected.Add(ChineseDate.Format(report.Signature.Date));
        var position = 0;
        foreach (var piece in expected)
        {
            var found = text.IndexOf(Squeeze(piece), position, StringComparison.Ordinal);
            Assert.True(found >= 0, $"not found in order after position {position}: {piece}");
            position = found + Squeeze(piece).Length;
        }
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void Render_WritesA4PagesWithEmbeddedFontsAndTextFreeOfRadicalsAndNotdef(string sample)
    {
        var pdf = Renderer.Render(Sample(sample)).Pdf;

        var text = PdfFacts.Text(pdf);
        Assert.DoesNotContain(text, c => c is >= '\u2E80' and <= '\u2FDF' or '\uFFFD' or '\0');
        Assert.Empty(PdfFacts.UnembeddedFonts(pdf));
        using var document = PdfDocument.Open(pdf);
        Assert.All(document.GetPages(), p => Assert.True(Math.Abs(p.Width - 595.3) < 0.5 && Math.Abs(p.Height - 841.9) < 0.5));
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void Render_StartsAndEndsNoBodyLineWithAMarkChineseLineBreakingForbids(string sample)
    {
        using var document = PdfDocument.Open(Renderer.Render(Sample(sample)).Pdf);

        var lines = document.GetPages()
            .SelectMany(page => PdfFacts.ReadLetters(page)
                .Where(l => Math.Abs(l.PointSize - 16) < 0.1 && !string.IsNullOrWhiteSpace(l.Value))
                .GroupBy(l => Math.Round(l.StartBaseLine.Y, 1))
                .Select(g => string.Concat(g.OrderBy(l => l.StartBaseLine.X).Select(l => l.Value))))
            .ToList();

        Assert.True(lines.Count > 40);
        Assert.All(lines, line => Assert.DoesNotContain(line[0], "、，。：；！？”’）》〉】·…"));
        Assert.All(lines, line => Assert.DoesNotContain(line[^1], "“‘（《〈【"));
    }

    [Fact]
    public void Render_PrintsTheOfficialLabelsOfTablesTwoThreeAndFour()
    {
        var text = Squeeze(PdfFacts.Text(Renderer.Render(ReportBuilder.Valid().Build()).Pdf));

        var labels = new List<string> { ApplicationsTable.BalanceNote, ApplicationsTable.ApplicantsHeader, ApplicationsTable.OrganizationsHeader, ReviewsTable.Review, ReviewsTable.Litigation };
        labels.AddRange(ActiveDisclosureTable.Cells.SelectMany(c => new[] { c.Item, c.Content, c.Measure }));
        labels.AddRange(ApplicationsTable.Columns.Select(c => c.Label));
        labels.AddRange(ApplicationsTable.Rows.SelectMany(r => new[] { r.Level1, r.Level2, r.Level3 }).OfType<string>());
        labels.AddRange(ReviewsTable.Groups.Select(g => g.Subcategory).OfType<string>());
        labels.AddRange(ReviewsTable.Columns.Select(c => c.Label));
        Assert.All(labels, label => Assert.Contains(Squeeze(label), text));
    }

    [Theory]
    [InlineData(4321)]
    [InlineData(1234567890)]
    public void Render_PutsTheNaturalPersonCountOfNewlyReceivedUnderItsHeaderOnItsRow(long count)
    {
        var report = ReportBuilder.Valid().WithApplications(a => a with { NewlyReceived = ReportBuilder.Row(count, 2, 1, 0, 1, 0) }).Build();

        var pdf = Renderer.Render(report).Pdf;

        using var document = PdfDocument.Open(pdf);
        var page = document.GetPages().Single(p => PdfFacts.Find(p, "一、本年新收").Count == 1);
        var header = PdfFacts.Find(page, "自然人").First();
        var label = PdfFacts.Find(page, "一、本年新收").Single();
        var value = PdfFacts.Find(page, count.ToString(System.Globalization.CultureInfo.InvariantCulture)).Single();
        // The 自然人 column: 685 of the template's 9748 twips, right of the three label columns (4946).
        var typeAreaLeft = 28 * 72 / 25.4;
        var typeAreaWidth = 156 * 72 / 25.4;
        var column = (Left: typeAreaLeft + typeAreaWidth * 4946 / 9748, Right: typeAreaLeft + typeAreaWidth * 5631 / 9748);
        Assert.InRange(header[0].StartBaseLine.X, column.Left, column.Right);
        var centre = (value[0].StartBaseLine.X + value[^1].EndBaseLine.X) / 2;
        Assert.Equal((column.Left + column.Right) / 2, centre, 1.0);
        // A count too long for the 31 pt column is set smaller, never across the rules.
        Assert.InRange(value[0].StartBaseLine.X, column.Left, column.Right);
        Assert.InRange(value[^1].EndBaseLine.X, column.Left, column.Right);
        Assert.Equal(label[0].StartBaseLine.Y, value[0].StartBaseLine.Y, 3.0);
        Assert.True(value[0].StartBaseLine.Y < header[0].StartBaseLine.Y);
    }

    [Fact]
    public void Render_PrintsFeesExactlyAsSubmitted()
    {
        foreach (var (fee, printed) in new[] { (0.50m, "0.50"), (1.2345m, "1.2345"), (96171.6m, "96171.6"), (5949.088667m, "5949.088667"), (0m, "0") })
        {
            var report = ReportBuilder.Valid().With(r => r with { ActiveDisclosure = r.ActiveDisclosure with { Fees = fee } }).Build();

            var text = Squeeze(PdfFacts.Text(Renderer.Render(report).Pdf));

            Assert.Contains($"行政事业性收费{printed}{SectionHeadings.Applications}", text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Render_WritesMetadataFromTheReportAndTheInjectedClock()
    {
        var report = ReportBuilder.Valid().Build();

        using var document = PdfDocument.Open(Renderer.Render(report).Pdf);

        Assert.Equal("大岚镇人民政府2021年政府信息公开工作年度报告", document.Information.Title);
        Assert.Equal("大岚镇人民政府", document.Information.Author);
        Assert.Equal("2021年政府信息公开工作年度报告", document.Information.Subject);
        Assert.Contains("大岚镇人民政府", document.Information.Keywords);
        Assert.Equal("ReportFunctions", document.Information.Creator);
        Assert.Equal("ReportFunctions", document.Information.Producer);
        Assert.StartsWith("D:20260315020000", document.Information.CreationDate);
        Assert.StartsWith("D:20260315020000", document.Information.ModifiedDate);
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void Render_BookmarksTheTitleAndSectionsOneToSixInChinese(string sample)
    {
        var report = Sample(sample);

        using var document = PdfDocument.Open(Renderer.Render(report).Pdf);

        Assert.True(document.TryGetBookmarks(out var outline));
        Assert.Equal(
            [report.EffectiveTitle, SectionHeadings.Overview, SectionHeadings.ActiveDisclosure, SectionHeadings.Applications,
                SectionHeadings.ReviewsAndLitigation, SectionHeadings.ProblemsAndImprovements, SectionHeadings.OtherMatters],
            outline.Roots.Select(b => b.Title));
        var pages = outline.Roots.Cast<UglyToad.PdfPig.Outline.DocumentBookmarkNode>().Select(b => b.PageNumber).ToList();
        Assert.Equal(1, pages[0]);
        Assert.Equal(pages.Order(), pages);
        Assert.Equal("zh-CN", (document.Structure.Catalog.CatalogDictionary.Data["Lang"] as UglyToad.PdfPig.Tokens.StringToken)?.Data);
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void Render_TextLayerGivesEveryParagraphWithoutActualTextAndWordsOnlySplitAtSourceSpaces(string sample)
    {
        var report = Sample(sample);
        var paragraphs = new List<string> { report.EffectiveTitle };
        paragraphs.AddRange(report.Preface);
        Add(paragraphs, SectionHeadings.Overview, report.Overview);
        Add(paragraphs, SectionHeadings.ActiveDisclosure, report.ActiveDisclosure.Narrative);
        Add(paragraphs, SectionHeadings.ProblemsAndImprovements, report.ProblemsAndImprovements);
        Add(paragraphs, SectionHeadings.OtherMatters, report.OtherMatters);

        using var document = PdfDocument.Open(Renderer.Render(report).Pdf);

        // page.Letters ignores ActualText: what MuPDF and other readers without it extract. The page numbers end each page.
        var glyphs = string.Concat(document.GetPages().Select(p => Squeeze(string.Concat(p.Letters.Select(l => l.Value))).Replace($"—{p.Number}—", "", StringComparison.Ordinal)));
        Assert.All(paragraphs, p => Assert.Contains(Squeeze(p), glyphs, StringComparison.Ordinal));
        // In the 16 pt text, "2021年" and the like are parts of one word: two words on a line must stand in the
        // source with a space between them.
        var source = string.Join("\n", paragraphs);
        var mixed = 0;
        foreach (var page in document.GetPages())
        {
            var words = page.GetWords().Where(w => Math.Abs(w.Letters[0].PointSize - 16) < 0.1).ToList();
            mixed += words.Count(w => w.Text.Any(char.IsAsciiDigit) && w.Text.Any(c => c >= '\u4E00'));
            for (var i = 1; i < words.Count; i++)
            {
                if (Math.Abs(words[i].BoundingBox.Bottom - words[i - 1].BoundingBox.Bottom) < 1)
                    Assert.Contains(words[i - 1].Text + " " + words[i].Text, source, StringComparison.Ordinal);
            }
        }
        Assert.True(mixed > 3, $"{mixed} words mix digits and ideographs");
    }

    [Fact]
    public void Render_GivesIdenticalBytesForTheSameReportAndTime_FromSeveralThreads()
    {
        var report = Sample("county-department-2024.json");
        var first = Renderer.Render(report).Pdf;

        var others = new byte[4][];
        Parallel.For(0, others.Length, i => others[i] = new ReportRenderer(FixedTime.Default).Render(report).Pdf);

        Assert.All(others, pdf => Assert.Equal(first, pdf));
        Assert.NotEqual(first, new ReportRenderer(new FixedTime(FixedTime.Default.GetUtcNow().AddDays(1))).Render(report).Pdf);
    }

    [Fact]
    public void Render_SplitsTheTitleAfterTheOrganizationNameAndCentresIt()
    {
        using var document = PdfDocument.Open(Renderer.Render(Sample("dalan-2021.json")).Pdf);
        var page = document.GetPage(1);

        var name = PdfFacts.Find(page, "大岚镇人民政府").First();
        var rest = PdfFacts.Find(page, "2021年政府信息公开工作年度报告").First();

        Assert.True(name[0].StartBaseLine.Y > rest[0].StartBaseLine.Y);
        var typeAreaCentre = (28 + (210 - 26)) / 2.0 * 72 / 25.4;
        Assert.Equal(typeAreaCentre, (name[0].StartBaseLine.X + name[^1].EndBaseLine.X) / 2, 0.5);
        Assert.Equal(typeAreaCentre, (rest[0].StartBaseLine.X + rest[^1].EndBaseLine.X) / 2, 0.5);
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void Render_SignsAtTheEndWithTheDateTwoCharactersRightOfTheIssuerAndTheLongerLineTwoCharactersIn(string sample)
    {
        var report = Sample(sample);

        using var document = PdfDocument.Open(Renderer.Render(report).Pdf);
        var page = document.GetPage(document.NumberOfPages);

        var issuer = PdfFacts.Find(page, report.Signature.Issuer).Last();
        var date = PdfFacts.Find(page, ChineseDate.Format(report.Signature.Date)).Single();
        var typeAreaRight = page.Width - 26 * 72 / 25.4;
        Assert.Equal(typeAreaRight - 2 * 16, Math.Max(issuer[^1].EndBaseLine.X, date[^1].EndBaseLine.X), 0.5);
        Assert.Equal(issuer[0].StartBaseLine.X + 2 * 16, date[0].StartBaseLine.X, 0.5);
        Assert.True(issuer[0].StartBaseLine.Y > date[0].StartBaseLine.Y);
    }

    [Fact]
    public void Render_StartsAWebAddressOnTheLineItFollowsInsteadOfSpreadingThatLine()
    {
        const string preface = "本报告电子版可在大岚镇人民政府门户网站http://www.example.gov.cn/zwgk/xxgk/ndbg/2021/index.html下载，如有疑问请致电0574-62345678。";
        var report = ReportBuilder.Valid().With(r => r with { Preface = [preface] }).Build();

        using var document = PdfDocument.Open(Renderer.Render(report).Pdf);

        var lines = PdfFacts.ReadLetters(document.GetPage(1))
            .Where(l => Math.Abs(l.PointSize - 16) < 0.1 && !string.IsNullOrWhiteSpace(l.Value))
            .GroupBy(l => Math.Round(l.StartBaseLine.Y, 1))
            .Select(g => g.OrderBy(l => l.StartBaseLine.X).ToList())
            .ToList();
        var first = lines.Single(l => string.Concat(l.Select(c => c.Value)).StartsWith("本报告", StringComparison.Ordinal));
        Assert.Contains("http://", string.Concat(first.Select(c => c.Value)), StringComparison.Ordinal);
        // Justification adds at most a quarter em between ideographs here, not the wide gaps of a pushed-down URL.
        Assert.True(first[1].StartBaseLine.X - first[0].StartBaseLine.X < 1.25 * 16);
    }

    [Fact]
    public void Render_LongNarrative_RunsToSixtyPagesWithTheTablesAfterTheTextAndTheirHeadersRepeated()
    {
        var paragraph = "各级行政机关坚持以公开为常态、不公开为例外，围绕政策解读、回应关切和平台建设，持续推进决策、执行、管理、服务、结果公开，全年通过政府网站、政务新媒体和政务服务中心公开各类政府信息3119条，较上年增长12.5%。";
        var blocks = Enumerable.Range(1, 16).Select(i => new Block($"（{i}）专项工作", [.. Enumerable.Repeat(paragraph, 20)])).ToList();
        var report = ReportBuilder.Valid().With(r => r with { Overview = blocks }).Build();

        var rendered = Renderer.Render(report);

        Assert.True(rendered.PageCount >= 60, $"{rendered.PageCount} pages");
        var pages = PdfFacts.PageTexts(rendered.Pdf).Select(Squeeze).ToList();
        Assert.Equal(rendered.PageCount, pages.Count);
        var lastNarrative = pages.FindLastIndex(p => p.Contains("较上年增长12.5%", StringComparison.Ordinal));
        var tableThree = pages.FindIndex(p => p.Contains(Squeeze(SectionHeadings.Applications), StringComparison.Ordinal));
        Assert.True(tableThree >= lastNarrative);
        var rowPages = ApplicationsTable.Rows.Select(r => pages.FindIndex(tableThree, p => p.Contains(Squeeze(r.Level3 ?? r.Level2 ?? r.Level1), StringComparison.Ordinal))).ToList();
        Assert.Equal(rowPages.Order(), rowPages);
        Assert.All(rowPages.Distinct(), p => Assert.Contains(Squeeze(ApplicationsTable.BalanceNote), pages[p]));
        Assert.EndsWith("—" + rendered.PageCount + "—", pages[^1]);
    }

    [Fact]
    public void RenderFirstPagePng_DrawsAThumbnail800PixelsWide()
    {
        var png = Renderer.RenderFirstPagePng(Sample("dalan-2021.json"));

        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], png[..4]);
        Assert.Equal(800, System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16, 4)));
        Assert.Equal(1132, System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20, 4)));
    }

    private static void Add(List<string> expected, string heading, IReadOnlyList<Block> blocks)
    {
        expected.Add(heading);
        foreach (var block in blocks)
        {
            if (block.Heading is not null)
                expected.Add(block.Heading);
            expected.AddRange(block.Paragraphs);
        }
    }

    private static string Squeeze(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));

    private static Report Sample(string name)
    {
        var result = ReportReader.Read(File.ReadAllBytes(RepositoryRoot.File("samples", name)));
        return result.Report ?? throw new InvalidOperationException($"{name}: {string.Join("; ", result.Errors)}");
    }
}
