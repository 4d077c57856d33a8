using System.Text.Json.Nodes;
using Microsoft.Extensions.Primitives;
using ReportFunctions.Submissions;

namespace ReportFunctions.Tests.Submissions;

public sealed class FormReportConverterTests
{
    [Fact]
    public void ToJson_NestsDottedNames_TypesNumbersOnlyInNumericSections_AndDropsTheTokenAndEmptyFields()
    {
        var json = Convert(
            ("formatVersion", "2021"),
            ("organization.id", "dalan-town"),
            ("year", "2021"),
            ("applications.denied.stateSecret.naturalPerson", " 3 "),
            ("activeDisclosure.fees", "1.50000"),
            ("reviewsAndLitigation.review.upheld", "两"),
            ("signature.date", "2021-12-29"),
            ("title", ""),
            ("orgToken", "secret"));

        Assert.Equal("2021", json["formatVersion"]!.GetValue<string>());
        Assert.Equal(2021, json["year"]!.GetValue<int>());
        Assert.Equal(3, json["applications"]!["denied"]!["stateSecret"]!["naturalPerson"]!.GetValue<long>());
        Assert.Equal("1.50000", json["activeDisclosure"]!["fees"]!.ToJsonString());
        Assert.Equal("两", json["reviewsAndLitigation"]!["review"]!["upheld"]!.GetValue<string>());
        Assert.Equal("2021-12-29", json["signature"]!["date"]!.GetValue<string>());
        Assert.Null(json["title"]);
        Assert.Null(json["orgToken"]);
    }

    [Fact]
    public void ToJson_MakesEveryLineAParagraph_AsTextPastedFromWordArrives_AndShortNumberedLinesHeadings()
    {
        var json = Convert(
            ("overview", "总体情况导语。\r\n\r\n（一）加强领导\r\n　　第一段，\r\n第二段。\n\n\n第三段。\r\n（二）完善机制\r\n第四段。"),
            ("otherMatters", "无。"));

        var blocks = json["overview"]!.AsArray();
        Assert.Equal(3, blocks.Count);
        Assert.Null(blocks[0]!["heading"]);
        Assert.Equal(["总体情况导语。"], Paragraphs(blocks[0]!));
        Assert.Equal("（一）加强领导", (string)blocks[1]!["heading"]!);
        Assert.Equal(["第一段，", "第二段。", "第三段。"], Paragraphs(blocks[1]!));
        Assert.Equal("（二）完善机制", (string)blocks[2]!["heading"]!);
        Assert.Equal(["第四段。"], Paragraphs(blocks[2]!));
        Assert.Equal(["无。"], Paragraphs(json["otherMatters"]![0]!));
    }

    [Fact]
    public void ToJson_ReadsANumberedLineAsAParagraph_WhenItIsLongOrEndsLikeASentence()
    {
        var longLine = "（一）主动公开情况。" + new string('字', 40);
        var json = Convert(("overview", $"{longLine}\n（二）无。\n（三）依申请公开情况"));

        var blocks = json["overview"]!.AsArray();
        Assert.Equal(2, blocks.Count);
        Assert.Null(blocks[0]!["heading"]);
        Assert.Equal([longLine, "（二）无。"], Paragraphs(blocks[0]!));
        Assert.Equal("（三）依申请公开情况", (string)blocks[1]!["heading"]!);
        Assert.Empty(Paragraphs(blocks[1]!));
    }

    [Fact]
    public void ToJson_KeepsThePrefaceAsPlainParagraphs_OneALine()
    {
        var json = Convert(("preface", "（一）不是标题\nGovernment information\n\n第二段"));

        Assert.Equal(["（一）不是标题", "Government information", "第二段"], json["preface"]!.AsArray().Select(p => (string)p!));
    }

    [Fact]
    public void ToFields_GivesBackWhatTheFormPosted_NumbersAsTypedAndNarrativesOneLineAParagraph()
    {
        var posted = new[]
        {
            ("organization.id", "dalan-town"),
            ("year", "2021"),
            ("applications.denied.stateSecret.naturalPerson", "3"),
            ("activeDisclosure.fees", "1.5"),
            ("preface", "第一段\n第二段"),
            ("overview", "导语。\n（一）加强领导\n第一段。\n第二段。"),
        };

        var fields = FormReportConverter.ToFields(FormReportConverter.ToJson(posted.Select(f => new KeyValuePair<string, StringValues>(f.Item1, f.Item2))));

        Assert.Equal(posted.ToDictionary(f => f.Item1, f => f.Item2), fields);
    }

    [Fact]
    public void ToFields_OfSomethingThatIsNotJson_IsEmpty() =>
        Assert.Empty(FormReportConverter.ToFields("不是JSON"u8));

    private static JsonNode Convert(params (string Name, string Value)[] fields) =>
        JsonNode.Parse(FormReportConverter.ToJson(fields.Select(f => new KeyValuePair<string, StringValues>(f.Name, f.Value))))!;

    private static IEnumerable<string> Paragraphs(JsonNode block) => block["paragraphs"]!.AsArray().Select(p => (string)p!);
}
