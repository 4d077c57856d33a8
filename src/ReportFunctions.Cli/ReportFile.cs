using ReportFunctions.Core.Reading;
using ReportFunctions.Core.Validation;

namespace ReportFunctions.Cli;

/// <summary>Loads a report file and tells "cannot be read or not a report" (exit 2) apart from "a report with errors".</summary>
internal static class ReportFile
{
    // The HTTP intake refuses bodies over 1 MiB; a file many times that size is no report.
    private const long MaxBytes = 16 * 1024 * 1024;

    /// <summary>The read result, or null with <paramref name="problem"/> saying (in Chinese and English) why not.</summary>
    public static ReadResult? Load(string path, out string problem)
    {
        problem = "";
        try
        {
            var info = new FileInfo(path);
            if (!info.Exists)
            {
                problem = $"找不到文件 {path} / file not found: {path}";
                return null;
            }
            if (info.Length > MaxBytes)
            {
                problem = $"{path} 过大（{info.Length} 字节），不是年度报告 / {path} is too large to be a report ({info.Length} bytes)";
                return null;
            }
            return ReportReader.Read(File.ReadAllBytes(path));
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            problem = $"无法读取文件 {path} / cannot read {path}: {exception.Message}";
            return null;
        }
    }

    // formatVersion, organization, year, overview, activeDisclosure, applications, reviewsAndLitigation,
    // problemsAndImprovements, otherMatters, signature.
    private const int RequiredTopLevelFields = 10;

    /// <summary>
    /// True when the JSON was unparsable, its root not an object, or it has none of the contract's required
    /// sections (some other JSON document): "not a report" rather than "a report with errors".
    /// </summary>
    public static bool IsNotAReport(ReadResult result) =>
        result.IsMalformed
        || (result.Report is null && result.Errors.Any(e => e.Path.Length == 0))
        || result.Errors.Count(e => e.Code == ErrorCodes.Required && e.Path.IndexOfAny(['.', '[']) < 0) == RequiredTopLevelFields;

    public static string NotAReportMessage(string path, ReadResult result) =>
        result.IsMalformed
            ? $"{path}：{result.Errors[0].Message} / not valid JSON (line {result.Line}, column {result.Column})"
            : $"{path}：不是政府信息公开工作年度报告，应为含有 formatVersion、organization、applications 等字段的JSON对象 / not a report: expected a JSON object in the 2021 contract format";
}
