using System.Text;

namespace ReportFunctions.Pages;

/// <summary>
/// What a console route answers without credentials: the sign-in form for the admin key (console.js keeps it in
/// sessionStorage and sends it as a header, then loads the page asked for), and in Azure the Easy Auth sign-in link.
/// </summary>
public static class ConsoleSignInPage
{
    public enum Reason
    {
        None,
        WrongKey,
        NoRole,
        CrossSite,
    }

    public static string Render(Reason reason, bool easyAuth = false)
    {
        var html = new StringBuilder();
        html.Append(reason switch
        {
            Reason.WrongKey => ConsolePage.ErrorSummary(["管理密钥不正确，请重新输入。"]),
            Reason.NoRole => "<div class=\"notice error\" role=\"alert\"><p>您的账号已登录，但没有使用管理台的权限。请联系系统管理员为您的账号分配管理台应用角色。</p></div>\n",
            Reason.CrossSite => "<div class=\"notice error\" role=\"alert\"><p>该请求来自其他网站，已拒绝。请从管理台页面重新操作。</p></div>\n",
            _ => "",
        });
        html.Append("<p>本管理台供政务公开工作主管部门使用：查看各机构年度报告报送情况、管理机构、下发整改通知、重新发送失败的邮件。</p>\n");
        if (easyAuth)
            html.Append($"<p><a class=\"button\" href=\"/.auth/login/aad?post_login_redirect_uri={Uri.EscapeDataString(ConsolePage.Root)}\">使用统一身份认证登录</a></p>\n");
        html.Append("""
            <form id="console-signin" class="console-form" data-console-shell>
            <h2>使用管理密钥登录</h2>
            <div class="field">
            <label for="console-key">管理密钥</label>
            <p class="hint" id="console-key-hint">密钥只保存在本浏览器标签页中，关闭标签页即清除；它以请求头发送，不会出现在网址中。</p>
            <input type="password" id="console-key" name="key" autocomplete="current-password" required aria-describedby="console-key-hint">
            </div>
            <button type="submit">登录</button>
            <noscript><p class="notice warn">使用管理密钥登录需要浏览器启用 JavaScript。</p></noscript>
            </form>

            """);
        return PageLayout.Render("政务公开管理台登录", html.ToString(), [ConsolePage.Styles], [ConsolePage.Script]);
    }
}
