using ReportFunctions.Core.Model;

namespace ReportFunctions.Bench;

/// <summary>A long report for the 60-page measurements: a sample with a long 一、总体情况 of 15 blocks of 20 paragraphs.</summary>
internal static class LongReport
{
    private const string Paragraph = "各级行政机关坚持以公开为常态、不公开为例外，围绕政策解读、回应关切和平台建设，持续推进决策、执行、管理、服务、结果公开，全年通过政府网站、政务新媒体和政务服务中心公开各类政府信息3119条，较上年增长12.5%。";

    public static Report From(Report sample, int blocks = 15) => sample with
    {
        Overview = [.. sample.Overview, .. Enumerable.Range(1, blocks).Select(i => new Block($"（{i}）专项工作", [.. Enumerable.Repeat(Paragraph, 20)]))],
    };
}
