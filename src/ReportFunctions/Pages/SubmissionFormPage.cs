using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using ReportFunctions.Core.Model;
using ReportFunctions.Core.Organizations;
using ReportFunctions.Core.Reading;
using ReportFunctions.Submissions;

namespace ReportFunctions.Pages;

/// <summary>
/// The HTML form clerks fill in, posting multipart/form-data to POST /api/reports under the contract's dotted
/// field names. Generated from the model's official label tables, so a label or a field name cannot drift from
/// what the reader, the validator's messages and the PDF use. Works without script; form.js adds computed totals,
/// live checks, the preview and drafts. Shown again with values and findings (a rejected submission, a check).
/// </summary>
internal static class SubmissionFormPage
{
    public const string Title = "政府信息公开工作年度报告填报";
    public const string Action = "/api/reports";
    public const string ValidateAction = "/api/reports/validate";
    public const string PreviewAction = "/api/reports/preview";
    public const string OrganizationQuery = "org";
    public const string FromQuery = "from";

    private const string BlocksHint =
        "每段另起一行（回车即分段）。以“（一）”“（二）”等开头的短行是小标题，其后的段落归入该小标题；第一个小标题之前可以有不带标题的段落。";
    private const string BlocksExample = "（一）……\n第一段……\n第二段……\n（二）……\n……";

    public static string Render(SubmissionFormData data)
    {
        var fields = new SubmissionFormFields(data.Values, data.Findings);
        var html = new StringBuilder(96 * 1024);
        html.Append("""
            <p class="intro">按《中华人民共和国政府信息公开工作年度报告格式》（国办公开办函〔2021〕30号）填写。标有 <span class="req">*</span> 的项目必须填写；表格中的数字请如实填写，没有的填 0。</p>

            """);
        if (data.Notice is { } notice)
            html.Append($"<div class=\"notice\" id=\"form-notice\"><p>{Encode(notice)}</p></div>\n");
        ErrorSummary(html, fields);
        html.Append($"""
            <div class="notice draft" id="draft-offer" role="region" aria-label="草稿" hidden></div>
            <form id="report-form" method="post" action="{Action}" enctype="multipart/form-data" accept-charset="utf-8" data-validate="{ValidateAction}" data-preview="{PreviewAction}">
            <input type="hidden" name="formatVersion" value="{Encode(ReportReader.SupportedFormatVersion)}">
            <fieldset><legend>报送机关</legend>

            """);
        Organization(html, data, fields);
        Field(html, fields, "year", FieldLabels.Describe("year"), required: true, "公历年份，统计期为该年1月1日至12月31日。",
            $"""<input type="number" id="year" name="year" min="2019" max="{data.CurrentYear}" step="1" value="{Encode(fields.Value("year") ?? (data.CurrentYear - 1).ToString(CultureInfo.InvariantCulture))}" required inputmode="numeric" {fields.Described("year", "year-hint")}>""");
        Field(html, fields, FormReportConverter.TokenField, "报送令牌", required: true, "由主管部门发放，用于确认报告由本机关报送。只保存在本标签页中，关闭后需要重新填写。",
            $"""<input type="password" id="{FormReportConverter.TokenField}" name="{FormReportConverter.TokenField}" required autocomplete="off" aria-describedby="{FormReportConverter.TokenField}-hint">""");
        html.Append("</fieldset>\n");

        Section(html, FieldLabels.Describe("preface"), () => Narrative(html, data, fields, "preface", FieldLabels.Describe("preface"), required: false, rows: 5,
            "说明编制依据、统计期限、电子版下载地址和联系方式。每段另起一行。", "本报告根据……编制。\n……"));
        Section(html, SectionHeadings.Overview, () => Narrative(html, data, fields, "overview", SectionHeadings.Overview, required: true, rows: 16, BlocksHint, BlocksExample));
        Section(html, SectionHeadings.ActiveDisclosure, () =>
        {
            Narrative(html, data, fields, "activeDisclosure.narrative", SectionHeadings.ActiveDisclosure, required: false, rows: 4, "表格前的说明文字，可不填。" + BlocksHint, "", label: "说明文字");
            SubmissionFormTables.ActiveDisclosure(html, fields);
        });
        Section(html, SectionHeadings.Applications, () =>
        {
            if (data.LastYear is { } lastYear && data.Values?.ContainsKey("applications.carriedOver.total") == true && data.Notice is null)
                html.Append($"<p class=\"notice\" id=\"carried-over-note\">“二、上年结转政府信息公开申请数量”一行已按本机关{lastYear}年度报告“四、结转下年度继续办理”一行填入，请核对。</p>\n");
            html.Append("<p class=\"hint totals-note\" hidden>“总计”列和“（七）总计”行由各项自动相加，显示为浅色底；也可以直接修改，修改后与各项之和不符的会标出。</p>\n");
            SubmissionFormTables.Applications(html, fields);
        });
        Section(html, SectionHeadings.ReviewsAndLitigation, () => SubmissionFormTables.Reviews(html, fields));
        Section(html, SectionHeadings.ProblemsAndImprovements, () => Narrative(html, data, fields, "problemsAndImprovements", SectionHeadings.ProblemsAndImprovements,
            required: true, rows: 10, BlocksHint + "应包括上年度年报所列问题的整改情况。", BlocksExample));
        Section(html, SectionHeadings.OtherMatters, () => Narrative(html, data, fields, "otherMatters", SectionHeadings.OtherMatters,
            required: true, rows: 8, BlocksHint + "包括收取信息处理费的情况；没有需要报告的事项也请写明。", BlocksExample));

        html.Append("<fieldset><legend>署名</legend>\n");
        Text(html, fields, "signature.issuer", required: true, "", "通常为机关全称。");
        Field(html, fields, "signature.date", FieldLabels.Describe("signature.date"), required: true, "应在报告年度结束之后。",
            $"""<input type="date" id="signature.date" name="signature.date" {Value(fields, "signature.date")}required {fields.Described("signature.date", "signature.date-hint")}>""");
        html.Append($"""
            </fieldset>
            <div class="actions">
            <button type="submit" id="submit-button">提交报告</button>
            <button type="submit" class="secondary" id="check-button" formaction="{ValidateAction}" formnovalidate>检查</button>
            <button type="submit" class="secondary" id="preview-button" formaction="{PreviewAction}" formtarget="_blank" formnovalidate>预览PDF</button>
            </div>
            <p class="hint" id="live-status" role="status" aria-live="polite"></p>
            <p class="hint">“检查”按全部规则校验而不报送；“预览PDF”生成与发布时完全相同的PDF，不保存也不发布。提交后页面显示受理编号和处理情况的地址；报告经校验后生成PDF并公开发布，校验未通过的会列出需要修改的位置。</p>
            </form>

            """);
        return PageLayout.Render(Title, html.ToString(), ["form.css"], ["form.js"]);
    }

    internal static string Encode(string text) => WebUtility.HtmlEncode(text);

    /// <summary>The summary at the top (GOV.UK "error summary"): every finding, each a link to its field; form.js rewrites it live.</summary>
    private static void ErrorSummary(StringBuilder html, SubmissionFormFields fields)
    {
        var findings = fields.Findings;
        var errors = findings.Count(f => f.Severity == "error");
        html.Append($"<div class=\"error-summary\" id=\"error-summary\" role=\"alert\" tabindex=\"-1\" aria-labelledby=\"error-summary-title\" data-findings=\"{Encode(JsonSerializer.Serialize(findings, SubmissionJsonContext.Web.IReadOnlyListErrorItem))}\"{(findings.Count == 0 ? " hidden" : "")}>\n");
        html.Append($"<h2 id=\"error-summary-title\">{(errors > 0 ? $"有{errors}处需要修改" : "没有错误")}{(findings.Count > errors ? $"，{findings.Count - errors}处提示" : "")}</h2>\n");
        if (findings.Count > 0)
            SubmissionFindings.AppendList(html, findings, f => SubmissionFormFields.ControlOf(f.Path) is { } control ? "#" + control : null);
        html.Append("</div>\n");
    }

    private static void Organization(StringBuilder html, SubmissionFormData data, SubmissionFormFields fields)
    {
        const string locked = "按机关名录填写，不能修改；如有误请联系主管部门。";
        if (data.Registered is { } registered)
        {
            html.Append($"<input type=\"hidden\" name=\"organization.kind\" value=\"{Encode(OrganizationKindNames.Name(registered.Kind))}\">\n");
            Text(html, fields, "organization.id", required: true, "readonly ", locked, registered.Id);
            Text(html, fields, "organization.name", required: true, "readonly ", locked, registered.Name);
            Field(html, fields, "organization.kind", FieldLabels.Describe("organization.kind"), required: true, locked,
                $"""<input type="text" id="organization.kind" value="{Encode(KindName(registered.Kind))}" readonly {fields.Described("organization.kind", "organization.kind-hint")}>""");
        }
        else
        {
            Text(html, fields, "organization.id", required: true,
                $"""pattern="{OrganizationId.HtmlPattern}" maxlength="64" autocomplete="off" spellcheck="false" """,
                "由主管部门分配，小写字母、数字和连字符，例如 dalan-town。", fields.Value("organization.id") ?? data.OrganizationId);
            Text(html, fields, "organization.name", required: true, "", "机关全称，例如 大岚镇人民政府。");
            KindSelect(html, fields);
        }
        Text(html, fields, "organization.creditCode", required: false,
            """pattern="[0-9A-Z]{18}" maxlength="18" autocomplete="off" spellcheck="false" """, "18位，可不填。");
    }

    private static void Section(StringBuilder html, string heading, Action content)
    {
        html.Append($"<section>\n<h2>{Encode(heading)}</h2>\n");
        content();
        html.Append("</section>\n");
    }

    private static string Value(SubmissionFormFields fields, string name, string? value = null) =>
        (value ?? fields.Value(name)) is { } v ? $"value=\"{Encode(v)}\" " : "";

    private static void Text(StringBuilder html, SubmissionFormFields fields, string path, bool required, string attributes, string hint, string? value = null) =>
        Field(html, fields, path, FieldLabels.Describe(path), required, hint,
            $"""<input type="text" id="{path}" name="{path}" {attributes}{Value(fields, path, value)}{(required ? "required " : "")}{fields.Described(path, path + "-hint")}>""");

    private static void Field(StringBuilder html, SubmissionFormFields fields, string id, string label, bool required, string hint, string control, string? hiddenLabel = null, string after = "") =>
        html.Append($"""
            <div class="field{(fields.HasErrors(id) ? " invalid" : "")}"><label for="{id}">{(hiddenLabel is null ? "" : $"<span class=\"sr\">{Encode(hiddenLabel)}</span>")}{Encode(label)}{(required ? " <span class=\"req\">*</span>" : "")}</label>
            <p class="hint" id="{id}-hint">{Encode(hint)}</p>
            {fields.Messages(id, inCell: false)}{control}{after}</div>

            """);

    private static void KindSelect(StringBuilder html, SubmissionFormFields fields)
    {
        var selected = fields.Value("organization.kind");
        var options = new StringBuilder("<option value=\"\">请选择</option>");
        foreach (var kind in Enum.GetValues<OrganizationKind>())
        {
            var value = OrganizationKindNames.Name(kind);
            options.Append($"<option value=\"{Encode(value)}\"{(value == selected ? " selected" : "")}>{Encode(KindName(kind))}</option>");
        }
        Field(html, fields, "organization.kind", FieldLabels.Describe("organization.kind"), required: true, "决定报送期限（《条例》第四十九条）。",
            $"""<select id="organization.kind" name="organization.kind" required {fields.Described("organization.kind", "organization.kind-hint")}>{options}</select>""");
    }

    // 条例 第四十九条 and contract.md "Kinds and deadlines".
    private static string KindName(OrganizationKind kind) => kind switch
    {
        OrganizationKind.Department => "县级以上人民政府部门",
        OrganizationKind.Government => "县级以上地方人民政府",
        OrganizationKind.Township => "乡镇人民政府、街道办事处",
        OrganizationKind.Other => "其他",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "unknown organization kind"),
    };

    /// <summary>
    /// A section's text; its visible label is 正文 under the section heading, screen readers hear the section too.
    /// Below it, form.js shows how the text will be split; last year's text, if any, is offered as a starting point.
    /// </summary>
    private static void Narrative(StringBuilder html, SubmissionFormData data, SubmissionFormFields fields, string path, string section, bool required, int rows, string hint, string example, string label = "正文")
    {
        var after = new StringBuilder($"<p class=\"hint paragraph-preview\" id=\"{path}-preview\" aria-live=\"polite\" hidden></p>");
        if (data.LastYearTexts?.GetValueOrDefault(path) is { } lastYear)
        {
            after.Append($"""
                <details class="last-year"><summary>参考本机关{data.LastYear}年度报告的这部分文字（上年内容，请据实改写）</summary>
                <div class="last-year-text" id="{path}-last-year">{string.Concat(lastYear.Split('\n').Select(l => $"<p>{Encode(l)}</p>"))}</div>
                <button type="button" class="secondary use-last-year" data-target="{path}" data-source="{path}-last-year" hidden>以上年文字为起点填入</button>
                </details>
                """);
        }
        Field(html, fields, path, label, required, hint,
            $"""<textarea id="{path}" name="{path}" rows="{rows.ToString(CultureInfo.InvariantCulture)}" {(required ? "required " : "")}placeholder="{Encode(example).Replace("\n", "&#10;", StringComparison.Ordinal)}" {fields.Described(path, path + "-hint")}>{Encode(fields.Value(path) ?? "")}</textarea>""",
            hiddenLabel: section, after: after.ToString());
    }
}
