using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Azure.Storage.Blobs;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Primitives;
using ReportFunctions.Core.Model;
using ReportFunctions.Core.Reading;
using ReportFunctions.Functions;
using ReportFunctions.Organizations;
using ReportFunctions.Pages;
using ReportFunctions.LocalRunner.Hosting;
using ReportFunctions.Publishing;
using ReportFunctions.Storage;
using ReportFunctions.Submissions;
using ReportFunctions.Tests.Fixtures;
using ReportFunctions.Tests.Reminders;

namespace ReportFunctions.Tests.Functions;

[Collection(ServicesCollection.Name)]
public sealed partial class SubmissionFormFunctionTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private static readonly string[] Narratives = ["preface", "overview", "activeDisclosure.narrative", "problemsAndImprovements", "otherMatters"];

    private TestHost _host = null!;

    public async Task InitializeAsync() => _host = await TestHost.StartAsync(azurite);

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task SubmissionForm_PrefillsLastYearInChinaTime_OnNewYearsMorningInBeijing()
    {
        // 2027-01-01 01:00 in Beijing is still 2026-12-31 in UTC: the report now due is 2026's.
        var clock = new SettableTimeProvider(new DateTimeOffset(2026, 12, 31, 17, 0, 0, TimeSpan.Zero));
        var request = _host.Request("GET", "/api/form");
        var result = await RenderedResult.ExecuteAsync(await new SubmissionFormFunction(ActivatorUtilities.CreateInstance<SubmissionFormService>(_host.Services, clock)).SubmissionForm(request, default), request);

        Assert.Contains("""name="year" min="2019" max="2027" step="1" value="2026" """, result.Body);
    }

    [Fact]
    public async Task SubmissionForm_IsAnHtmlPageThatPostsMultipartToReports_LoadingOnlyTheAppsOwnScriptAndStyles()
    {
        var request = _host.Request("GET", "/api/form");
        var result = await RenderedResult.ExecuteAsync(await _host.Function<SubmissionFormFunction>().SubmissionForm(request, default), request);

        Assert.Equal(200, result.StatusCode);
        Assert.Equal("text/html; charset=utf-8", result.ContentType);
        var html = result.Body;
        Assert.StartsWith("<!DOCTYPE html>\n<html lang=\"zh-CN\">", html);
        Assert.Contains("<form id=\"report-form\" method=\"post\" action=\"/api/reports\" enctype=\"multipart/form-data\"", html);
        Assert.Equal(
            [PageAssets.Url("site.css"), PageAssets.Url("form.css"), PageAssets.Url("form.js")],
            Regex.Matches(html, @"(?:src|href)=""([^""#]+)""").Select(m => WebUtility.HtmlDecode(m.Groups[1].Value)));
        Assert.DoesNotMatch(@"<script(?![^>]*\bsrc=)|\sstyle=|\son[a-z]+=", html);
        // A named submit button would post one more field.
        Assert.DoesNotMatch("<button[^>]*name=", html);
        Assert.Equal(PageLayout.ContentSecurityPolicy + "; frame-ancestors 'none'; base-uri 'none'", result.Headers.ContentSecurityPolicy.ToString());
        Assert.Equal("DENY", result.Headers.XFrameOptions.ToString());
        Assert.Equal("nosniff", result.Headers.XContentTypeOptions.ToString());
        Assert.Equal("strict-origin-when-cross-origin", result.Headers["Referrer-Policy"].ToString());
    }

    [Fact]
    public async Task SubmissionForm_FieldNames_AreEveryLeafOfTheContract_WithTextareasForTheNarratives()
    {
        var controls = Controls(await PageAsync("/api/form"));

        var expected = Leaves(Sample()).Keys.Concat(Narratives).Append(FormReportConverter.TokenField).Order().ToList();
        Assert.Equal(expected, controls.Select(c => c.Name).Order().ToList());
        Assert.Equal(Narratives.Order(), controls.Where(c => c.Tag == "textarea").Select(c => c.Name).Order());
        Assert.All(controls.Where(c => c.Name.StartsWith("applications.", StringComparison.Ordinal) || c.Name.StartsWith("reviewsAndLitigation.", StringComparison.Ordinal)),
            c => Assert.Equal(("number", "0", "1", "0"), (c.Type, c.Attributes["min"], c.Attributes["step"], c.Value)));
        Assert.Equal("0.000001", controls.Single(c => c.Name == "activeDisclosure.fees").Attributes["step"]);
        var formatVersion = controls.Single(c => c.Name == "formatVersion");
        Assert.Equal(("hidden", "2021"), (formatVersion.Type, formatVersion.Value));
        Assert.Equal("date", controls.Single(c => c.Name == "signature.date").Type);
    }

    [Fact]
    public async Task SubmissionForm_OffersTheFourKindsByTheirChineseNames()
    {
        var html = await PageAsync("/api/form");

        foreach (var (value, name) in new[] { ("department", "县级以上人民政府部门"), ("government", "县级以上地方人民政府"), ("township", "乡镇人民政府、街道办事处"), ("other", "其他") })
            Assert.Contains($"<option value=\"{value}\">{name}</option>", html);
    }

    [Fact]
    public async Task SubmissionForm_ShowsEveryOfficialLabelOfTable3_AsACell()
    {
        var html = await PageAsync("/api/form");

        var labels = ApplicationsTable.Rows.SelectMany(r => new[] { r.Level1, r.Level2, r.Level3 }).OfType<string>()
            .Concat(ApplicationsTable.Columns.Select(c => c.Label))
            .Concat([ApplicationsTable.BalanceNote, ApplicationsTable.ApplicantsHeader, ApplicationsTable.OrganizationsHeader])
            .Distinct();
        foreach (var label in labels)
            Assert.Matches($"<th[^>]*>{Regex.Escape(WebUtility.HtmlEncode(label))}</th>", html);
        Assert.Contains("rowspan=\"22\" scope=\"rowgroup\">三、本年度办理结果</th>", html);
        Assert.Equal(ApplicationsTable.Rows.Count, Regex.Count(html, "<tr><th[^>]*>[^<]*</th>(<th[^>]*>[^<]*</th>)*<td><input type=\"number\" id=\"applications\\."));
    }

    [Fact]
    public async Task SubmissionForm_PrefillsTheOrganizationFromTheQuery_HtmlEncoded()
    {
        var plain = Controls(await PageAsync("/api/form?org=dalan-town")).Single(c => c.Name == "organization.id");
        var hostile = await PageAsync("/api/form?org=" + Uri.EscapeDataString("x\"><script>alert(1)</script>"));

        Assert.Equal("dalan-town", plain.Value);
        Assert.DoesNotContain("<script>", hostile);
        Assert.Equal("x\"><script>alert(1)</script>", Controls(hostile).Single(c => c.Name == "organization.id").Value);
    }

    [Fact]
    public async Task SubmissionForm_SentWithItsDefaultsAndABlankCreditCode_ReadsAsAReportWithAbsentCreditCodeAndZeroTables()
    {
        var fields = Controls(await PageAsync("/api/form")).Select(c => new KeyValuePair<string, StringValues>(c.Name, c.Name switch
        {
            "organization.id" => "dalan-town",
            "organization.name" or "signature.issuer" => "大岚镇人民政府",
            "organization.kind" => "township",
            "overview" or "problemsAndImprovements" or "otherMatters" => "（一）标题\n正文。",
            "signature.date" => "2025-01-20",
            _ => c.Value,
        }));

        var read = ReportReader.Read(FormReportConverter.ToJson(fields));

        Assert.Empty(read.Errors);
        Assert.Null(read.Report!.Organization.CreditCode);
        Assert.Empty(read.Report.Preface);
        Assert.Empty(read.Report.ActiveDisclosure.Narrative);
        Assert.Equal(0, read.Report.Applications.Total.Total);
    }

    [Fact]
    public async Task SubmissionForm_FilledWithTheCountyDepartmentSample_IsPublishedAsExactlyThatReport_UnderTheRegistrysName()
    {
        var (registered, token) = await _host.RegisterAsync();
        var org = registered with { Name = "某县人民政府办公室", Kind = OrganizationKind.Department };
        await _host.Services.GetRequiredService<OrganizationRegistry>().UpsertAsync(org, default);
        var sample = Sample();
        sample["organization"]!["id"] = org.Id;
        var controls = Controls(await PageAsync($"/api/form?org={org.Id}"));
        var content = new MultipartFormDataContent();
        foreach (var control in controls)
            content.Add(new StringContent(control.Name == FormReportConverter.TokenField ? token : FormValue(sample, control), Encoding.UTF8), control.Name);
        var body = await content.ReadAsByteArrayAsync();

        var result = Assert.IsType<ContentResult>(await _host.Function<SubmitReportFunction>().SubmitReport(
            _host.Request("POST", "/api/reports", body, content.Headers.ContentType!.ToString()), default));
        Assert.Equal(202, result.StatusCode);
        await _host.DrainAsync();

        var id = (string)JsonNode.Parse(result.Content!)!["id"]!;
        Assert.Equal("Published", (await _host.Services.GetRequiredService<SubmissionStore>().GetAsync(id, default))!.Status);
        var stored = await _host.Services.GetRequiredService<BlobServiceClient>().GetBlobContainerClient(StorageNames.ReportsContainer)
            .GetBlobClient(ReportLocations.VersionJsonBlob(2024, org.Id, 1)).DownloadContentAsync();
        Assert.NotEqual(org.Name, (string)sample["organization"]!["name"]!);
        sample["organization"]!["name"] = org.Name;
        AssertSameReport(ReportReader.Read(Encoding.UTF8.GetBytes(sample.ToJsonString())).Report!, ReportReader.Read(stored.Value.Content.ToArray()).Report!);
    }

    [Fact]
    public async Task SubmissionForm_IsServedByTheLocalRunnerOverHttp()
    {
        var port = FreePorts.Next();
        var settings = TestHost.Settings(azurite);
        settings["Reports:PublicBaseUrl"] = $"http://127.0.0.1:{port}";
        await using var app = LocalRunnerApp.Build(port, settings);
        await app.StartAsync();
        using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}"), Timeout = TimeSpan.FromSeconds(30) };

        var response = await http.GetAsync("/api/form?org=dalan-town");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html; charset=utf-8", response.Content.Headers.ContentType!.ToString());
        Assert.Equal("dalan-town", Controls(await response.Content.ReadAsStringAsync()).Single(c => c.Name == "organization.id").Value);
        await app.StopAsync();
    }

    private async Task<string> PageAsync(string path)
    {
        var request = _host.Request("GET", path);
        var result = await RenderedResult.ExecuteAsync(await _host.Function<SubmissionFormFunction>().SubmissionForm(request, default), request);
        Assert.Equal(200, result.StatusCode);
        return result.Body;
    }

    private static JsonObject Sample() =>
        JsonNode.Parse(File.ReadAllText(RepositoryRoot.File("samples", "county-department-2024.json")))!.AsObject();

    /// <summary>Every scalar under its dotted path; the narratives (arrays) are the form's textareas instead.</summary>
    private static Dictionary<string, JsonValue> Leaves(JsonNode node, string path = "")
    {
        var leaves = new Dictionary<string, JsonValue>();
        switch (node)
        {
            case JsonObject obj:
                foreach (var (key, child) in obj)
                {
                    foreach (var leaf in Leaves(child!, path.Length == 0 ? key : $"{path}.{key}"))
                        leaves.Add(leaf.Key, leaf.Value);
                }
                break;
            case JsonValue value:
                leaves.Add(path, value);
                break;
        }
        return leaves;
    }

    /// <summary>What a clerk types for the sample: the scalar as written, narratives as blank-line-separated paragraphs under their headings.</summary>
    private static string FormValue(JsonNode sample, Control control)
    {
        var node = control.Name.Split('.').Aggregate((JsonNode?)sample, (n, key) => n?[key]);
        return node switch
        {
            null => control.Value,
            JsonValue value => value.ToString(),
            JsonArray paragraphs when Narratives[0] == control.Name => string.Join("\n\n", paragraphs.Select(p => (string)p!)),
            JsonArray blocks => string.Join("\n\n", blocks.Select(b =>
                (b!["heading"] is { } heading ? $"{heading}\n" : "") + string.Join("\n\n", b["paragraphs"]!.AsArray().Select(p => (string)p!)))),
            _ => throw new InvalidOperationException($"unexpected sample node at {control.Name}"),
        };
    }

    private static void AssertSameReport(Report expected, Report actual)
    {
        // Records compare lists by reference, so the narratives are compared element by element, the rest as records.
        static Report WithoutNarratives(Report r) => r with
        {
            Preface = Array.Empty<string>(),
            Overview = Array.Empty<Block>(),
            ActiveDisclosure = r.ActiveDisclosure with { Narrative = Array.Empty<Block>() },
            ProblemsAndImprovements = Array.Empty<Block>(),
            OtherMatters = Array.Empty<Block>(),
        };
        static void SameBlocks(IReadOnlyList<Block> e, IReadOnlyList<Block> a)
        {
            Assert.Equal(e.Count, a.Count);
            foreach (var (x, y) in e.Zip(a))
            {
                Assert.Equal(x.Heading, y.Heading);
                Assert.Equal(x.Paragraphs, y.Paragraphs);
            }
        }

        Assert.Equal(WithoutNarratives(expected), WithoutNarratives(actual));
        Assert.Equal(expected.Preface, actual.Preface);
        SameBlocks(expected.Overview, actual.Overview);
        SameBlocks(expected.ActiveDisclosure.Narrative, actual.ActiveDisclosure.Narrative);
        SameBlocks(expected.ProblemsAndImprovements, actual.ProblemsAndImprovements);
        SameBlocks(expected.OtherMatters, actual.OtherMatters);
    }

    private sealed record Control(string Tag, string Name, string? Type, string Value, IReadOnlyDictionary<string, string> Attributes);

    /// <summary>The form's controls with their attributes (HTML-decoded) and initial values.</summary>
    private static List<Control> Controls(string html) =>
        ControlTag().Matches(html).Where(m => m.Groups["attributes"].Value.Contains(" name=", StringComparison.Ordinal)).Select(m =>
        {
            var attributes = Attribute().Matches(m.Groups["attributes"].Value)
                .ToDictionary(a => a.Groups["name"].Value, a => WebUtility.HtmlDecode(a.Groups["value"].Value));
            var tag = m.Groups["tag"].Value;
            return new Control(tag, attributes["name"], attributes.GetValueOrDefault("type"), attributes.GetValueOrDefault("value") ?? "", attributes);
        }).ToList();

    [GeneratedRegex("""<(?<tag>input|select|textarea)\b(?<attributes>[^>]*)>""")]
    private static partial Regex ControlTag();

    [GeneratedRegex(@"(?<name>[a-z-]+)=""(?<value>[^""]*)""")]
    private static partial Regex Attribute();
}
