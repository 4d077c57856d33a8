using System.Globalization;
using System.Net;
using System.Text;
using ReportFunctions.Core.Model;
using ReportFunctions.Core.Organizations;
using ReportFunctions.Core.Reading;
using ReportFunctions.Submissions;

namespace ReportFunctions.Pages;

/// <summary>
/// The HTML form clerks fill in, posting multipart/form-data to POST /api/reports under the contract's dotted
/// field names. Generated from the model's official label tables, so a label or a field name cannot drift from
/// what the reader, the validator's messages and the PDF use. Self-contained: no script, no external resource.
/// </summary>
internal static class SubmissionFormPage
{
    public const string Action = "/api/reports";
    public const string OrganizationQuery = "org";

    private const string BlocksHint =
        "段落之间空一行。以“（一）”“（二）”等开头的一行是小标题，其后的段落归入该小标题；第一个小标题之前可以有不带标题的段落。";
    private const string BlocksExample = "（一）……\n第一段……\n\n第二段……\n\n（二）……\n……";

    /// <param name="organizationId">Pre-fills 机关标识 (the reminder e-mail's link carries it); null leaves it empty.</param>
    /// <param name="currentYear">This year: reports are for an earlier year, usually the last one, which is pre-filled.</param>
    public static string Render(string? organizationId, int currentYear)
    {
        var html = new StringBuilder(64 * 1024);
        html.Append($"""
            <!DOCTYPE html>
            <html lang="zh-CN">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>政府信息公开工作年度报告填报</title>
            <style>{Style}</style>
            </head>
            <body>
            <header><h1>政府信息公开工作年度报告填报</h1>
            <p>按《中华人民共和国政府信息公开工作年度报告格式》（国办公开办函〔2021〕30号）填写。标有 <span class="req">*</span> 的项目必须填写；表格中的数字请如实填写，没有的填 0。</p></header>
            <main>
            <form method="post" action="{Action}" enctype="multipart/form-data" accept-charset="utf-8">
            <input type="hidden" name="formatVersion" value="{Encode(ReportReader.SupportedFormatVersion)}">
            <fieldset><legend>报送机关</legend>

            """);
        Text(html, "organization.id", required: true, organizationId,
            $"""pattern="{OrganizationId.HtmlPattern}" maxlength="64" autocomplete="off" spellcheck="false" """,
            "由主管部门分配，小写字母、数字和连字符，例如 dalan-town。");
        Text(html, "organization.name", required: true, null, "", "机关全称，例如 大岚镇人民政府。");
        KindSelect(html);
        Text(html, "organization.creditCode", required: false, null,
            """pattern="[0-9A-Z]{18}" maxlength="18" autocomplete="off" spellcheck="false" """, "18位，可不填。");
        Field(html, "year", FieldLabels.Describe("year"), required: true, "公历年份，统计期为该年1月1日至12月31日。",
            $"""<input type="number" id="year" name="year" min="2019" max="{currentYear}" step="1" value="{currentYear - 1}" required aria-describedby="year-hint">""");
        Field(html, FormReportConverter.TokenField, "报送令牌", required: true, "由主管部门发放，用于确认报告由本机关报送。",
            $"""<input type="password" id="{FormReportConverter.TokenField}" name="{FormReportConverter.TokenField}" required autocomplete="off" aria-describedby="{FormReportConverter.TokenField}-hint">""");
        html.Append("</fieldset>\n");

        Section(html, FieldLabels.Describe("preface"), () => Narrative(html, "preface", FieldLabels.Describe("preface"), required: false, rows: 5,
            "说明编制依据、统计期限、电子版下载地址和联系方式。段落之间空一行。", "本报告根据……编制。\n\n……"));
        Section(html, SectionHeadings.Overview, () => Narrative(html, "overview", SectionHeadings.Overview, required: true, rows: 16, BlocksHint, BlocksExample));
        Section(html, SectionHeadings.ActiveDisclosure, () =>
        {
            Narrative(html, "activeDisclosure.narrative", SectionHeadings.ActiveDisclosure, required: false, rows: 4, "表格前的说明文字，可不填。" + BlocksHint, "", label: "说明文字");
            SubmissionFormTables.ActiveDisclosure(html);
        });
        Section(html, SectionHeadings.Applications, () => SubmissionFormTables.Applications(html));
        Section(html, SectionHeadings.ReviewsAndLitigation, () => SubmissionFormTables.Reviews(html));
        Section(html, SectionHeadings.ProblemsAndImprovements, () => Narrative(html, "problemsAndImprovements", SectionHeadings.ProblemsAndImprovements,
            required: true, rows: 10, BlocksHint + "应包括上年度年报所列问题的整改情况。", BlocksExample));
        Section(html, SectionHeadings.OtherMatters, () => Narrative(html, "otherMatters", SectionHeadings.OtherMatters,
            required: true, rows: 8, BlocksHint + "包括收取信息处理费的情况；没有需要报告的事项也请写明。", BlocksExample));

        html.Append("<fieldset><legend>署名</legend>\n");
        Text(html, "signature.issuer", required: true, null, "", "通常为机关全称。");
        Field(html, "signature.date", FieldLabels.Describe("signature.date"), required: true, "应在报告年度结束之后。",
            """<input type="date" id="signature.date" name="signature.date" required aria-describedby="signature.date-hint">""");
        html.Append("""
            </fieldset>
            <p class="submit"><button type="submit">提交报告</button></p>
            <p class="hint">提交后页面显示受理编号和查询地址；报告经校验后生成PDF并公开发布，校验未通过的会列出需要修改的位置。</p>
            </form>
            </main>
            </body>
            </html>

            """);
        return html.ToString();
    }

    internal static string Encode(string text) => WebUtility.HtmlEncode(text);

    private static void Section(StringBuilder html, string heading, Action content)
    {
        html.Append($"<section>\n<h2>{Encode(heading)}</h2>\n");
        content();
        html.Append("</section>\n");
    }

    private static void Text(StringBuilder html, string path, bool required, string? value, string attributes, string hint) =>
        Field(html, path, FieldLabels.Describe(path), required, hint,
            $"""<input type="text" id="{path}" name="{path}" {attributes}{(value is null ? "" : $"value=\"{Encode(value)}\" ")}{(required ? "required " : "")}aria-describedby="{path}-hint">""");

    private static void Field(StringBuilder html, string id, string label, bool required, string hint, string control, string? hiddenLabel = null) =>
        html.Append($"""
            <div class="field"><label for="{id}">{(hiddenLabel is null ? "" : $"<span class=\"sr\">{Encode(hiddenLabel)}</span>")}{Encode(label)}{(required ? " <span class=\"req\">*</span>" : "")}</label>
            {control}
            <p class="hint" id="{id}-hint">{Encode(hint)}</p></div>

            """);

    private static void KindSelect(StringBuilder html)
    {
        var options = new StringBuilder("<option value=\"\">请选择</option>");
        foreach (var kind in Enum.GetValues<OrganizationKind>())
            options.Append($"<option value=\"{Encode(OrganizationKindNames.Name(kind))}\">{Encode(KindName(kind))}</option>");
        Field(html, "organization.kind", FieldLabels.Describe("organization.kind"), required: true, "决定报送期限（《条例》第四十九条）。",
            $"""<select id="organization.kind" name="organization.kind" required aria-describedby="organization.kind-hint">{options}</select>""");
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

    /// <summary>A section's text; its visible label is 正文 under the section heading, screen readers hear the section too.</summary>
    private static void Narrative(StringBuilder html, string path, string section, bool required, int rows, string hint, string example, string label = "正文") =>
        Field(html, path, label, required, hint,
            $"""<textarea id="{path}" name="{path}" rows="{rows.ToString(CultureInfo.InvariantCulture)}" {(required ? "required " : "")}placeholder="{Encode(example).Replace("\n", "&#10;", StringComparison.Ordinal)}" aria-describedby="{path}-hint"></textarea>""", hiddenLabel: section);

    private const string Style = """

        body{margin:0;background:#f4f1ea;color:#222;font:16px/1.6 "Songti SC","SimSun","Noto Serif CJK SC",serif}
        header{background:#b3120f;color:#fff;padding:18px 24px;border-bottom:4px solid #e0b44c}
        header h1{margin:0 0 6px;font-size:26px;letter-spacing:2px}
        header p{margin:0;font-size:14px}
        header .req{color:#ffd75e}
        .sr{position:absolute;width:1px;height:1px;overflow:hidden;clip-path:inset(50%);white-space:nowrap}
        main{max-width:1120px;margin:0 auto;padding:16px 24px 48px;background:#fff;box-shadow:0 0 6px rgba(0,0,0,.15)}
        fieldset,section{border:1px solid #c9b99a;margin:20px 0;padding:8px 18px 16px}
        legend{font-weight:bold;padding:0 6px;color:#b3120f}
        h2{font-size:19px;color:#b3120f;border-bottom:1px solid #e0d5bf;padding-bottom:4px}
        .field{margin:10px 0}
        .field label{display:block;font-weight:bold}
        .req{color:#c00}
        .hint{margin:2px 0 0;font-size:13px;color:#555}
        input[type=text],input[type=password],input[type=date],input[type=number]#year,select{font:inherit;padding:4px 6px;width:24em;max-width:100%;box-sizing:border-box}
        textarea{font:inherit;width:100%;box-sizing:border-box;padding:6px}
        table.grid{border-collapse:collapse;margin:12px 0;font-size:14px}
        table.grid th,table.grid td{border:1px solid #555;padding:3px 5px;text-align:center;vertical-align:middle}
        table.grid thead th{background:#f1ece1}
        table.grid tbody th{font-weight:normal;text-align:left;background:#faf8f3}
        table.grid td input{width:100%;min-width:3.5em;box-sizing:border-box;text-align:right;font:inherit;padding:2px 4px}
        table.small{width:62%}
        table.small th:first-child{width:10em}
        table.wide{width:100%}
        table.fixed{table-layout:fixed}
        table.grid th.note{font-weight:normal;font-size:13px}
        col.level1{width:7%}
        col.level2{width:11%}
        col.level3{width:20%}
        table.fixed td input{min-width:0}
        .submit{text-align:center;margin:24px 0 8px}
        button{font:inherit;font-size:18px;padding:8px 48px;background:#b3120f;color:#fff;border:0;border-radius:3px;cursor:pointer}
        button:focus,input:focus,select:focus,textarea:focus{outline:2px solid #e0a100;outline-offset:1px}

        """;
}
