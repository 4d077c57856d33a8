using System.Text;
using System.Text.RegularExpressions;
using ReportFunctions.Pdf.Document;

namespace ReportFunctions.Core.Rendering;

/// <summary>
/// GB/T 9704-2012 §7.3.3: a title is split into lines at word boundaries, never inside a word. The standard
/// title goes "body name / YYYY年政府信息公开工作年度报告", each part one unit while it fits a line; longer parts
/// and custom titles break only between the words of a small vocabulary of body names and titles (a run of
/// other characters up to four long, such as a place name "大岚镇", is kept whole too).
/// </summary>
internal static partial class TitleLines
{
    private const int MaxUnknownRun = 4;

    // Longest first, so 人民政府 wins over 人民 and 政府.
    private static readonly string[] Words = [.. new[]
    {
        "政府信息公开", "人民政府", "办公室", "办公厅", "委员会", "办事处", "管理局", "管理处", "管理委员会",
        "自然资源", "生态环境", "人力资源", "社会保障", "退役军人", "科学技术", "信息化", "开发区", "高新区",
        "自治县", "自治州", "自治区", "检察院", "合作社", "宣传部", "总工会", "服务中心", "事务中心",
        "政府", "信息", "公开", "工作", "年度", "报告", "人民", "街道", "管理", "服务", "中心", "规划", "住房",
        "城乡", "建设", "交通", "运输", "水利", "农业", "农村", "商务", "文化", "旅游", "广电", "体育", "市场",
        "监督", "审计", "统计", "应急", "发展", "改革", "司法", "民政", "财政", "教育", "卫生", "健康", "公安",
        "事务", "医疗", "保障", "林业", "草原", "科技", "工业", "经济", "政务", "数据", "行政", "审批", "税务",
        "机关", "乡镇", "地区", "新区", "党委", "关于", "情况", "环境", "资源", "安全", "生产", "粮食", "物资",
        "储备", "能源", "气象", "地震", "档案", "民族", "宗教", "外事", "海关", "邮政", "消防", "救援", "法院",
        "人大", "政协", "供销", "妇联", "印发", "通知", "公告", "发布",
    }.OrderByDescending(w => w.Length)];

    /// <summary>The title as the engine should set it: forced line breaks and word joiners in place.</summary>
    public static string Text(string title, string name, Func<string, bool> fitsOneLine)
    {
        if (title.StartsWith(name, StringComparison.Ordinal) && title.Length > name.Length)
        {
            var rest = title[name.Length..];
            return $"{Unit(name, fitsOneLine)}\n{Unit(rest, fitsOneLine)}";
        }
        // A custom title: keep "2024年政府信息公开工作年度报告" whole when it fits, else its words.
        var standard = StandardTail().Match(title);
        if (standard.Success && fitsOneLine(standard.Value))
            return JoinWords(title[..standard.Index]) + JoinAll(standard.Value) + JoinWords(title[(standard.Index + standard.Length)..]);
        return JoinWords(title);
    }

    private static string Unit(string part, Func<string, bool> fitsOneLine) => fitsOneLine(part) ? JoinAll(part) : JoinWords(part);

    private static string JoinAll(string text) => string.Join(DocumentBuilder.NoBreak, text.EnumerateRunes());

    // Greedy longest match over the vocabulary; each word, and each short run of other characters, is joined.
    private static string JoinWords(string text)
    {
        var result = new StringBuilder();
        var unknown = new StringBuilder();
        var i = 0;
        while (i < text.Length)
        {
            var word = Words.FirstOrDefault(w => string.CompareOrdinal(text, i, w, 0, w.Length) == 0);
            if (word is null)
            {
                unknown.Append(text[i++]);
                continue;
            }
            Flush(result, unknown);
            result.Append(JoinAll(word));
            i += word.Length;
        }
        Flush(result, unknown);
        return result.ToString();
    }

    private static void Flush(StringBuilder result, StringBuilder unknown)
    {
        if (unknown.Length == 0)
            return;
        var run = unknown.ToString();
        result.Append(run.Length <= MaxUnknownRun ? JoinAll(run) : run);
        unknown.Clear();
    }

    [GeneratedRegex(@"\d{4}年(度)?政府信息公开工作年度报告")]
    private static partial Regex StandardTail();
}
