using System.Text;
using ReportFunctions.Core.Model;
using ReportFunctions.Core.Organizations;
using ReportFunctions.Oversight;

namespace ReportFunctions.Pages;

/// <summary>The registry: every body with its actions (edit, token, deactivate), the register/edit form and the CSV import.</summary>
public static class ConsoleOrganizationsPage
{
    public const string Title = "机构管理";
    public const string Route = ConsolePage.Root + "/organizations";

    /// <summary>A token just issued: shown on this one answer only, never again (only its hash is kept).</summary>
    public sealed record IssuedToken(OrganizationRecord Organization, string Token);

    public static string Render(
        IReadOnlyList<OrganizationRecord> organizations,
        OrganizationFields form,
        bool editing,
        ConsoleViewer viewer,
        string? notice = null,
        IReadOnlyList<string>? errors = null,
        IssuedToken? token = null)
    {
        var html = new StringBuilder();
        html.Append(ConsolePage.ErrorSummary(errors ?? [])).Append(ConsolePage.Notice(notice));
        if (token is not null)
        {
            html.Append($"""
                <div class="notice ok token" role="status">
                <h2>已为{PageLayout.Encode(token.Organization.Name)}签发报送令牌</h2>
                <p>令牌只显示这一次，请立即复制并通过安全渠道交给该机构；之前的令牌已失效。</p>
                <p><label for="issued-token">报送令牌</label><input id="issued-token" class="token-value" readonly value="{PageLayout.Encode(token.Token)}"></p>
                </div>

                """);
        }
        Table(html, organizations);
        Form(html, form, editing);
        html.Append($"""
            <form class="console-form" method="post" action="{Route}/import" enctype="multipart/form-data">
            <h2>从CSV文件导入</h2>
            <p class="hint" id="import-hint">UTF-8编码，第1行为列名 id,name,kind,contacts,deadlineOverride,active,supervisorEmail（前三列必填，多个联系邮箱以“;”分隔）。全部行正确才会导入。</p>
            <div class="field"><label for="import-file">机构名单文件</label><input id="import-file" name="file" type="file" accept=".csv,text/csv" required aria-describedby="import-hint"></div>
            <button type="submit">导入</button>
            </form>

            """);
        return ConsolePage.Render(Title, viewer, ConsoleSection.Organizations, html.ToString());
    }

    private static void Table(StringBuilder html, IReadOnlyList<OrganizationRecord> organizations)
    {
        html.Append($"<h2>在册机构（{organizations.Count}个）</h2>\n");
        html.Append("<div class=\"table-scroll\"><table class=\"list\"><thead><tr><th scope=\"col\">机构</th><th scope=\"col\">类型</th><th scope=\"col\">联系邮箱</th><th scope=\"col\">状态</th><th scope=\"col\">操作</th></tr></thead><tbody>\n");
        foreach (var org in organizations.OrderBy(o => o.Active ? 0 : 1).ThenBy(o => o.Name, StringComparer.Ordinal))
        {
            var id = Uri.EscapeDataString(org.Id);
            html.Append($"""
                <tr><th scope="row"><a href="{ConsolePage.Root}/bodies/{id}">{PageLayout.Encode(org.Name)}</a><br><span class="hint">{PageLayout.Encode(org.Id)}</span></th>
                <td>{OrganizationKindChinese.Name(org.Kind)}</td><td>{PageLayout.Encode(string.Join("、", org.Contacts))}</td><td>{(org.Active ? "在用" : "已停用")}</td>
                <td class="actions"><a href="{Route}?edit={id}" aria-label="修改：{PageLayout.Encode(org.Name)}">修改</a>
                <form method="post" action="{Route}/{id}/token"><button type="submit" class="secondary small" aria-label="签发令牌：{PageLayout.Encode(org.Name)}">签发令牌</button></form>
                <form method="post" action="{Route}/{id}/active"><input type="hidden" name="active" value="{(org.Active ? "0" : "1")}"><button type="submit" class="secondary small" aria-label="{(org.Active ? "停用" : "启用")}：{PageLayout.Encode(org.Name)}">{(org.Active ? "停用" : "启用")}</button></form></td></tr>

                """);
        }
        html.Append("</tbody></table></div>\n");
    }

    private static void Form(StringBuilder html, OrganizationFields form, bool editing)
    {
        html.Append($"""
            <form class="console-form" method="post" action="{Route}" id="organization-form">
            <h2>{(editing ? "修改机构信息" : "登记新机构")}</h2>
            <div class="field"><label for="o-id">机构标识</label><p class="hint" id="o-id-hint">小写字母、数字和连字符，如 dalan-town；登记后不能修改。</p>
            <input id="o-id" name="id" required value="{PageLayout.Encode(form.Id ?? "")}"{(editing ? " readonly" : "")} aria-describedby="o-id-hint"></div>
            <div class="field"><label for="o-name">机构名称</label><input id="o-name" name="name" required maxlength="100" value="{PageLayout.Encode(form.Name ?? "")}"></div>
            <div class="field"><label for="o-kind">机构类型</label><select id="o-kind" name="kind" required><option value="">请选择</option>
            """);
        foreach (var kind in Enum.GetValues<OrganizationKind>())
        {
            var name = OrganizationKindNames.Name(kind);
            html.Append($"<option value=\"{name}\"{(form.Kind == name ? " selected" : "")}>{OrganizationKindChinese.Name(kind)}</option>");
        }
        html.Append($"""
            </select></div>
            <div class="field"><label for="o-contacts">联系邮箱</label><p class="hint" id="o-contacts-hint">每行一个。</p><textarea id="o-contacts" name="contacts" rows="2" aria-describedby="o-contacts-hint">{PageLayout.Encode(form.Contacts ?? "")}</textarea></div>
            <div class="field"><label for="o-deadline">本地截止日期（可选）</label><p class="hint" id="o-deadline-hint">“MM-DD”格式，如 01-15；不填则按条例第四十九条。</p><input id="o-deadline" name="deadlineOverride" value="{PageLayout.Encode(form.DeadlineOverride ?? "")}" aria-describedby="o-deadline-hint"></div>
            <div class="field"><label for="o-supervisor">主管部门邮箱（可选）</label><input id="o-supervisor" name="supervisorEmail" type="email" value="{PageLayout.Encode(form.SupervisorEmail ?? "")}"></div>
            <div class="field check"><input id="o-active" name="active" type="checkbox" value="1"{(form.Active ? " checked" : "")}><label for="o-active">在用（可以报送，接收催报）</label></div>
            <button type="submit">保存</button>{(editing ? $" <a href=\"{Route}\">取消修改</a>" : "")}
            </form>

            """);
    }
}
