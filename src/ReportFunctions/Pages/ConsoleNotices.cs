namespace ReportFunctions.Pages;

/// <summary>
/// What an action did, named in the redirect after it (`?done=saved&amp;n=3`) so reloading the page does not repeat the
/// action; only these fixed texts are shown, never text from the query.
/// </summary>
public static class ConsoleNotices
{
    public static string? Text(string? done, string? count) => done switch
    {
        "saved" => "机构信息已保存。",
        "imported" => int.TryParse(count, out var n) ? $"已导入{n}个机构。" : "机构名单已导入。",
        "deactivated" => "机构已停用，不再接收其报送和催报。",
        "activated" => "机构已启用。",
        "issued" => "整改通知已下发。",
        "resolved" => "已确认该项整改完成。",
        "resent" => int.TryParse(count, out var m) ? $"已重新发送{m}封邮件。" : "邮件已重新发送。",
        _ => null,
    };
}
