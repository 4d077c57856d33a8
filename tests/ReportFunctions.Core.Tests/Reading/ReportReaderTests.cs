using System.Text;
using System.Text.Json.Nodes;
using ReportFunctions.Core.Model;
using ReportFunctions.Core.Reading;
using ReportFunctions.Core.Validation;

namespace ReportFunctions.Core.Tests.Reading;

public sealed class ReportReaderTests
{
    [Fact]
    public void Read_BuildsTheModel_FromValidContractJson()
    {
        var result = ContractJson.Valid().Read();

        Assert.Empty(result.Errors);
        var report = Assert.IsType<Report>(result.Report);
        Assert.Equal(OrganizationKind.Township, report.Organization.Kind);
        Assert.Equal(new DateOnly(2022, 1, 15), report.Signature.Date);
        Assert.Equal(1.2345m, report.ActiveDisclosure.Fees);
        Assert.Null(result.Line);
    }

    [Theory]
    [InlineData(ReportReader.MaxErrors - 1, false)]
    [InlineData(ReportReader.MaxErrors, false)]
    [InlineData(ReportReader.MaxValues - 2000, true)]
    public void Read_StopsAtMaxErrors_AndSaysTheListIsTruncated(int wrongParagraphs, bool truncated)
    {
        // Every paragraph of the overview a number instead of text: one error each.
        var report = ContractJson.Valid();
        report["overview"] = new JsonArray([.. Enumerable.Range(0, wrongParagraphs).Select(_ => (JsonNode)1)]);

        var result = report.Read();

        Assert.Null(result.Report);
        Assert.Equal(Math.Min(wrongParagraphs, ReportReader.MaxErrors), result.Errors.Count);
        Assert.All(result.Errors, e => Assert.StartsWith("overview[", e.Path, StringComparison.Ordinal));
        Assert.Equal(truncated, result.Truncated);
    }

    [Fact]
    public void Read_RefusesMoreValuesThanAReportHas_BeforeBuildingADocument()
    {
        var report = ContractJson.Valid();
        report["overview"] = new JsonArray([.. Enumerable.Range(0, ReportReader.MaxValues).Select(_ => (JsonNode)1)]);

        var result = report.Read();

        var error = Assert.Single(result.Errors);
        Assert.Equal(ErrorCodes.TooManyValues, error.Code);
        Assert.Null(result.Report);
        Assert.False(result.IsMalformed);
    }

    [Theory]
    [InlineData(ReportReader.MaxCount, false)]
    [InlineData(ReportReader.MaxCount + 1, true)]
    [InlineData(long.MaxValue, true)]
    public void Read_RefusesCountsAboveMaxCount(long licensing, bool refused)
    {
        var report = ContractJson.Valid();
        report["activeDisclosure"]!["licensing"] = licensing;

        var result = report.Read();

        Assert.Equal(refused, result.Errors.Any(e => e.Code == ErrorCodes.Range && e.Path == "activeDisclosure.licensing"));
    }

    [Fact]
    public void Read_AcceptsAByteOrderMark()
    {
        var json = Encoding.UTF8.GetBytes(ContractJson.Valid().ToJsonString());
        Assert.NotNull(ReportReader.Read([.. Encoding.UTF8.Preamble, .. json]).Report);
    }

    [Fact]
    public void Read_TreatsOptionalFieldsAsOptional()
    {
        var result = ContractJson.Valid()
            .Without("preface").Without("organization.creditCode").Without("activeDisclosure.narrative")
            .Set("title", null)
            .Read();

        Assert.Empty(result.Errors);
        Assert.Empty(result.Report!.Preface);
        Assert.Null(result.Report.Organization.CreditCode);
    }

    [Fact]
    public void Read_ReportsUnknownProperties_WithTheirPath()
    {
        var result = ContractJson.Valid().Set("applications.denied.secret", 1).Set("extra", "x").Read();

        Assert.Null(result.Report);
        Assert.Equal(["applications.denied.secret", "extra"], result.Errors.Select(e => e.Path).Order());
        Assert.All(result.Errors, e => Assert.Equal(ErrorCodes.Type, e.Code));
        Assert.Contains("未知字段“secret”", result.Errors[0].Message + result.Errors[1].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_ReportsMissingRequiredFields()
    {
        var result = ContractJson.Valid().Without("applications.denied.stateSecret.total").Without("signature").Read();

        Assert.Equal(
            [(ErrorCodes.Required, "applications.denied.stateSecret.total"), (ErrorCodes.Required, "signature")],
            result.Errors.Select(e => (e.Code, e.Path)));
        Assert.Equal("三、本年度办理结果（三）不予公开1.属于国家秘密·总计：缺少必填项", result.Errors[0].Message);
    }

    [Fact]
    public void Read_ReportsNullInARequiredField_AsRequired()
    {
        var error = Assert.Single(ContractJson.Valid().Set("organization.name", null).Read().Errors);
        Assert.Equal((ErrorCodes.Required, "organization.name"), (error.Code, error.Path));
    }

    [Theory]
    [InlineData("year", "\"2021\"")]
    [InlineData("overview", "{}")]
    [InlineData("applications.granted", "[]")]
    [InlineData("applications.total.research", "true")]
    [InlineData("organization.name", "1")]
    [InlineData("overview", "[\"段落\"]")]
    [InlineData("preface", "[1]")]
    public void Read_ReportsWrongJsonTypes(string path, string json)
    {
        var error = Assert.Single(ContractJson.Valid().Set(path, JsonNode.Parse(json)).Read().Errors);
        Assert.Equal(ErrorCodes.Type, error.Code);
        Assert.StartsWith(path, error.Path, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("1.5", "带有小数")]
    [InlineData("1e-1", "带有小数")]
    [InlineData("1.5e0", "带有小数")]
    [InlineData("9223372036854775808", "超出")]
    [InlineData("1e19", "带有小数")]
    public void Read_ReportsType_ForCountsThatAreNotIntegers(string raw, string expected)
    {
        var error = Assert.Single(ContractJson.ReadWithRawNumber("applications.granted.naturalPerson", raw).Errors);
        Assert.Equal((ErrorCodes.Type, "applications.granted.naturalPerson"), (error.Code, error.Path));
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("1.0", 1)]
    [InlineData("1e3", 1000)]
    [InlineData("2.50E1", 25)]
    [InlineData("0.0", 0)]
    public void Read_AcceptsIntegralCountsWrittenWithAFractionOrExponent_AsTheSchemaDoes(string raw, long expected)
    {
        Assert.Equal(expected, ContractJson.ReadWithRawNumber("applications.granted.naturalPerson", raw).Report!.Applications.Granted.NaturalPerson);
    }

    [Fact]
    public void Read_AcceptsCountsUpToMaxCount_AndLeavesNegativesToTheValidator()
    {
        Assert.Equal(ReportReader.MaxCount, ContractJson.ReadWithRawNumber("activeDisclosure.penalty", "999999999").Report!.ActiveDisclosure.Penalty);
        Assert.Equal(-1, ContractJson.ReadWithRawNumber("activeDisclosure.penalty", "-1").Report!.ActiveDisclosure.Penalty);
    }

    [Theory]
    [InlineData("0", 0)]
    [InlineData("12.3456", 4)]
    [InlineData("96171.6", 1)]
    [InlineData("1.50", 2)]
    [InlineData("5949.088667", 6)]
    public void Read_AcceptsFeesWithUpToSixDecimals_KeepingTheirScale(string raw, int scale)
    {
        var fees = ContractJson.ReadWithRawNumber("activeDisclosure.fees", raw).Report!.ActiveDisclosure.Fees;
        Assert.Equal(scale, fees.Scale);
    }

    [Theory]
    [InlineData("12.3456789")]
    [InlineData("0.0000001")]
    [InlineData("1e-7")]
    public void Read_ReportsType_ForFeesWithMoreThanSixDecimals(string raw)
    {
        var error = Assert.Single(ContractJson.ReadWithRawNumber("activeDisclosure.fees", raw).Errors);
        Assert.Equal((ErrorCodes.Type, "activeDisclosure.fees"), (error.Code, error.Path));
        Assert.Contains("最多保留6位小数", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_ReportsType_ForFeesTooLargeForADecimal() =>
        Assert.Equal(ErrorCodes.Type, Assert.Single(ContractJson.ReadWithRawNumber("activeDisclosure.fees", "1e40").Errors).Code);

    [Fact]
    public void Read_ReportsDuplicateKeys()
    {
        var json = ContractJson.Valid().ToJsonString().Replace("\"year\":2021", "\"year\":2021,\"year\":2022", StringComparison.Ordinal);

        var error = Assert.Single(ContractJson.Read(json).Errors);

        Assert.Equal((ErrorCodes.Type, "year"), (error.Code, error.Path));
        Assert.Contains("重复", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_ReportsDuplicateKeys_WrittenWithEscapes()
    {
        var json = ContractJson.Valid().ToJsonString().Replace("\"year\":2021", "\"year\":2021,\"y\\u0065ar\":2021", StringComparison.Ordinal);
        Assert.Equal(ErrorCodes.Type, Assert.Single(ContractJson.Read(json).Errors).Code);
    }

    [Theory]
    [InlineData("2021-13-01")]
    [InlineData("2021-02-29")]
    [InlineData("2021/12/29")]
    [InlineData("20211229")]
    [InlineData("2021-12-29T00:00:00")]
    [InlineData("")]
    public void Read_ReportsType_ForBadDates(string date)
    {
        var error = Assert.Single(ContractJson.Valid().Set("signature.date", date).Read().Errors);
        Assert.Equal((ErrorCodes.Type, "signature.date"), (error.Code, error.Path));
    }

    [Theory]
    [InlineData("county")]
    [InlineData("Township")]
    public void Read_ReportsType_ForUnknownKinds(string kind)
    {
        var error = Assert.Single(ContractJson.Valid().Set("organization.kind", kind).Read().Errors);
        Assert.Equal((ErrorCodes.Type, "organization.kind"), (error.Code, error.Path));
    }

    [Fact]
    public void Read_ReportsFormatVersion_ForOtherVersions()
    {
        var error = Assert.Single(ContractJson.Valid().Set("formatVersion", "2019").Read().Errors);
        Assert.Equal((ErrorCodes.FormatVersion, "formatVersion"), (error.Code, error.Path));
    }

    [Fact]
    public void Read_ReportsEveryErrorAtOnce()
    {
        var result = ContractJson.Valid()
            .Set("formatVersion", "2020")
            .Set("year", 2021.5)
            .Set("organization.kind", "county")
            .Without("applications.carriedForward")
            .Set("reviewsAndLitigation.review.upheld", "1")
            .Set("signature.date", "明天")
            .Read();

        Assert.Null(result.Report);
        Assert.Equal(
            ["applications.carriedForward", "formatVersion", "organization.kind", "reviewsAndLitigation.review.upheld", "signature.date", "year"],
            result.Errors.Select(e => e.Path).Order());
    }

    [Fact]
    public void Read_ReportsARootThatIsNotAnObject()
    {
        var error = Assert.Single(ContractJson.Read("[1, 2]").Errors);
        Assert.Equal((ErrorCodes.Type, ""), (error.Code, error.Path));
    }

    [Fact]
    public void Read_ReportsMalformedJson_WithLineAndColumn()
    {
        var result = ContractJson.Read("{\n  \"year\": 2021,\n  \"title\" \"x\"\n}");

        var error = Assert.Single(result.Errors);
        Assert.Equal((ErrorCodes.MalformedJson, ""), (error.Code, error.Path));
        Assert.Equal((3, 11), (result.Line, result.Column));
        Assert.Equal("不是有效的JSON：第3行第11列附近有语法错误", error.Message);
        Assert.True(result.IsMalformed);
    }

    [Fact]
    public void Read_CountsColumnsInCharacters_NotBytes()
    {
        var result = ContractJson.Read("{\"title\": \"大岚镇\" x}");
        Assert.Equal((1, 17), (result.Line, result.Column));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("{\"year\": 2021,}")]
    [InlineData("{\"year\": 2021 /* comment */}")]
    [InlineData("{'year': 2021}")]
    [InlineData("{\"year\": 2021} {}")]
    [InlineData("{\"title\": \"a\u0001b\"}")]
    public void Read_ReportsMalformedJson_ForAnythingThatIsNotStrictJson(string json)
    {
        var result = ContractJson.Read(json);
        Assert.Equal(ErrorCodes.MalformedJson, Assert.Single(result.Errors).Code);
        Assert.Null(result.Report);
    }

    [Fact]
    public void Read_DoesNotThrow_ForDeepNesting()
    {
        var json = new string('[', 10_000) + new string(']', 10_000);
        Assert.Equal(ErrorCodes.MalformedJson, Assert.Single(ContractJson.Read(json).Errors).Code);
    }

    [Fact]
    public void Read_ReportsTextSavedAsGbk_WithWhereItStarts()
    {
        // "大岚镇" in GBK is B4 F3 E1 B0 D5 F2: not UTF-8.
        byte[] bytes = [.. "{\n  \"title\": \""u8, 0xB4, 0xF3, 0xE1, 0xB0, 0xD5, 0xF2, .. "\"\n}"u8];

        var result = ReportReader.Read(bytes);

        var error = Assert.Single(result.Errors);
        Assert.Equal(ErrorCodes.MalformedJson, error.Code);
        Assert.Equal((2, 13), (result.Line, result.Column));
        Assert.Contains("GBK", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{\"title\": \"\\uD800\"}", 12)]
    [InlineData("{\"title\": \"\\uD83D\\uDE00\\uDE00\"}", 24)]
    [InlineData("{\"\\uDC00\": 1}", 3)]
    public void Read_ReportsEscapedLoneSurrogatesAsMalformed(string json, int column)
    {
        var result = ContractJson.Read(json);

        var error = Assert.Single(result.Errors);
        Assert.Equal(ErrorCodes.MalformedJson, error.Code);
        Assert.Equal((1, column), (result.Line, result.Column));
        Assert.Contains("不成对", error.Message, StringComparison.Ordinal);
    }
}
