using System.Text.RegularExpressions;
using ReportFunctions.Core.Model;

namespace ReportFunctions.Core.Validation.Rules;

/// <summary>
/// Section 六 reports whether 信息处理费 was charged (《政府信息公开信息处理费管理办法》国办函〔2020〕109号; the 2021
/// format asks for it there): a sentence naming 处理费 that says it was not charged (未收取, 没有收取, 免收, 未发出收费通知,
/// 收取…0元) or gives the amount charged ("收取信息处理费3940元"). A 六 of only "无" is an error; a 六 without such a
/// sentence, or saying it was charged without an amount, a warning. A blank 六 is <see cref="RequiredContentRule"/>'s.
/// </summary>
internal sealed partial class ProcessingFeeRule : IReportRule
{
    public IEnumerable<ValidationError> Check(Report report, ValidationContext context)
    {
        var blocks = report.OtherMatters;
        if (!RequiredContentRule.HasText(blocks))
            yield break;
        if (NothingToReport.IsAll(blocks, out var words))
        {
            yield return Finding.Error(ErrorCodes.ProcessingFee, "otherMatters",
                $"{SectionHeadings.OtherMatters}：不能只写“{words}”，应说明本年度是否收取信息处理费（收取的写明金额）");
            yield break;
        }
        Sentence? chargedWithoutAmount = null;
        foreach (var sentence in Sentence.In("otherMatters", blocks))
        {
            if (!sentence.Text.Contains("处理费", StringComparison.Ordinal))
                continue;
            if (NotCharged().IsMatch(sentence.Text) || Amount().IsMatch(sentence.Text))
                yield break;
            // A heading such as "（一）收取信息处理费情况" names the topic; it does not say a fee was charged.
            if (!sentence.IsHeading && Charged().IsMatch(sentence.Text))
                chargedWithoutAmount ??= sentence;
        }
        if (chargedWithoutAmount is { } charged)
        {
            yield return Finding.Warning(ErrorCodes.ProcessingFee, charged.Path,
                $"{SectionHeadings.OtherMatters}：“{charged.Quoted}”说明收取了信息处理费，但没有写明金额");
        }
        else
        {
            yield return Finding.Warning(ErrorCodes.ProcessingFee, "otherMatters",
                $"{SectionHeadings.OtherMatters}：未说明信息处理费收取情况，应依据《政府信息公开信息处理费管理办法》写明是否收取（如“本年度未收取信息处理费”，收取的写明金额）");
        }
    }

    // "未收取", "没有收取", "不收取", "无…收费", "免收", "未发出收费通知", "收取…0元", "零收费".
    [GeneratedRegex(@"(?:未|没有|不|无|零)[^，。；]{0,8}?(?:收取|收费|产生|发生|发出|缴纳)|免收|免费|收取[^，。；\d]{0,12}?(?<!\d)0(?:\.0+)?万?元")]
    private static partial Regex NotCharged();

    [GeneratedRegex(@"(?<![\d.])(?:[1-9]\d*|0\.\d*[1-9]\d*)(?:\.\d+)?\s*万?元")]
    private static partial Regex Amount();

    [GeneratedRegex("收取|收费|缴纳|计收")]
    private static partial Regex Charged();
}
