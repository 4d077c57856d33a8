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
    public void ToJson_SplitsNarrativesIntoBlocksAtSubsectionHeadingsAndParagraphsAtBlankLines()
    {
        var json = Convert(
            ("overview", "总体情况导语。\r\n\r\n（一）加强领导\r\n　　第一段，\r\n续行。\r\n\r\n第二段。\r\n（二）完善机制\r\n第三段。"),
            ("otherMatters", "无。"));

        var blocks = json["overview"]!.AsArray();
        Assert.Equal(3, blocks.Count);
        Assert.Null(blocks[0]!["heading"]);
        Assert.Equal(["总体情况导语。"], Paragraphs(blocks[0]!));
        Assert.Equal("（一）加强领导", (string)blocks[1]!["heading"]!);
        Assert.Equal(["第一段，续行。", "第二段。"], Paragraphs(blocks[1]!));
        Assert.Equal("（二）完善机制", (string)blocks[2]!["heading"]!);
        Assert.Equal(["第三段。"], Paragraphs(blocks[2]!));
        Assert.Equal(["无。"], Paragraphs(json["otherMatters"]![0]!));
    }

    [Fact]
    public void ToJson_KeepsThePrefaceAsPlainParagraphs_AndASpaceBetweenLatinWordsAcrossLines()
    {
        var json = Convert(("preface", "（一）不是标题\nGovernment\ninformation\n\n第二段"));

        Assert.Equal(["（一）不是标题Government information", "第二段"], json["preface"]!.AsArray().Select(p => (string)p!));
    }

    private static JsonNode Convert(params (string Name, string Value)[] fields) =>
        JsonNode.Parse(FormReportConverter.ToJson(fields.Select(f => new KeyValuePair<string, StringValues>(f.Name, f.Value))))!;

    private static IEnumerable<string> Paragraphs(JsonNode block) => block["paragraphs"]!.AsArray().Select(p => (string)p!);
}
