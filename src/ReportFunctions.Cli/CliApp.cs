using System.Diagnostics.CodeAnalysis;
using System.Text.Encodings.Web;
using System.Text.Json;
using ReportFunctions.Core.Reading;
using ReportFunctions.Core.Rendering;
using ReportFunctions.Core.Validation;
using ReportFunctions.Pdf.Fonts;

namespace ReportFunctions.Cli;

/// <summary>
/// The <c>reportfunctions</c> command line, callable in-process (tests) as well as from <c>Program</c>.
/// Exit codes are <see cref="ExitCodes"/>; problems are explained in Chinese and English, never as a stack trace.
/// </summary>
public static class CliApp
{
    public const string Usage = """
        用法 / usage:
          reportfunctions validate FILE [--json] [--previous LAST_YEAR.json]
              校验年度报告 / validate a report. --json: 只输出 {"valid", "errors"} / print only JSON.
              --previous: 上一年度报告，用于跨年校验（上年结转、现行有效件数、文字重复率）；有错误的不予使用
                / last year's report, for the cross-year checks (carry-over, in-force, text-reuse); not used if it has errors.
          reportfunctions render FILE -o OUT.pdf [--png OUT.png]
              先校验，无错误时生成 PDF（及首页 PNG）/ validate, then write the PDF (and a page-1 PNG).
        退出码 / exit codes: 0 无错误 no errors (warnings allowed) · 1 报告有错误 report has errors ·
          2 用法错误或文件不可读、不是报告 usage error, unreadable file or not a report ·
          3 生成失败或内部错误 rendering or internal failure
        """;

    private static readonly CliJsonContext Json = new(new JsonSerializerOptions(CliJsonContext.Default.Options)
    {
        // Messages are Chinese; escaping them as \uXXXX would make the output unreadable in a terminal.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });

    /// <summary>Runs one command with the bundled fonts and the system clock; returns the exit code.</summary>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        ArgumentNullException.ThrowIfNull(args);
        if (args is [] or ["-h" or "--help" or "help", ..])
        {
            (args.Length == 0 ? stderr : stdout).WriteLine(Usage);
            return args.Length == 0 ? ExitCodes.Unusable : ExitCodes.Ok;
        }
        if (!CommandLine.TryParse(args, out var command, out var usageError))
        {
            stderr.WriteLine($"{usageError}\n\n{Usage}");
            return ExitCodes.Unusable;
        }
        try
        {
            var validator = new ReportValidator(TimeProvider.System, BundledFonts.Shared);
            return command.Name == "validate"
                ? Validate(command, validator, stdout, stderr)
                : Render(command, validator, new ReportRenderer(TimeProvider.System), stdout, stderr);
        }
        catch (Exception exception)
        {
            // Last line of defence for "never a stack trace": a defect here is reported, not dumped.
            stderr.WriteLine($"内部错误 / internal error: {exception.GetType().Name}: {exception.Message}");
            return ExitCodes.Failed;
        }
    }

    private static int Validate(CommandLine command, ReportValidator validator, TextWriter stdout, TextWriter stderr)
    {
        if (!TryLoad(command.File, command.Json, stdout, stderr, out var read))
            return ExitCodes.Unusable;
        PreviousReport? previous = null;
        if (read.Report is { } report && command.Previous is not null)
        {
            if (!TryLoad(command.Previous, json: false, TextWriter.Null, stderr, out var previousRead) || previousRead.Report is null)
            {
                stderr.WriteLine($"上一年度报告 {command.Previous} 无法使用 / the previous-year report cannot be used");
                Print(command.Previous, previousRead?.Errors ?? [], stderr);
                return ExitCodes.Unusable;
            }
            if (previousRead.Report.Year != report.Year - 1)
            {
                stderr.WriteLine($"{command.Previous} 是{previousRead.Report.Year}年度报告，不是{report.Year - 1}年度 / --previous must be the {report.Year - 1} report");
                return ExitCodes.Unusable;
            }
            // Comparing with a report that has errors would report its mistakes as this year's: say so and leave it out.
            var previousErrors = validator.Validate(previousRead.Report).Where(f => f.Severity == Severity.Error).ToList();
            if (previousErrors.Count > 0)
            {
                stderr.WriteLine($"上一年度报告 {command.Previous} 有{previousErrors.Count}个错误，未用于跨年校验 / the previous-year report has {previousErrors.Count} error(s) and is not used for the cross-year checks");
                Print(command.Previous, previousErrors, stderr);
            }
            else
            {
                previous = new PreviousReport(previousRead.Report, $"{previousRead.Report.Year}年度报告（{Path.GetFileName(command.Previous)}）");
            }
        }
        var check = Check(validator, read, previous);
        if (command.Json)
            stdout.WriteLine(JsonSerializer.Serialize(new ValidationOutput(check.IsValid, check.Findings), Json.ValidationOutput));
        else
            Print(command.File, check.Findings, stdout);
        return check.IsValid ? ExitCodes.Ok : ExitCodes.ReportErrors;
    }

    /// <summary>The same check as the app's, with last year's report from the file given, if any.</summary>
    private static ReportCheck Check(ReportValidator validator, ReadResult read, PreviousReport? previous) =>
        new ReportChecker(validator, new PreviousReportFile(previous)).CheckAsync(read, CancellationToken.None).GetAwaiter().GetResult();

    private static int Render(CommandLine command, ReportValidator validator, ReportRenderer renderer, TextWriter stdout, TextWriter stderr)
    {
        if (!TryLoad(command.File, json: false, stdout, stderr, out var read))
            return ExitCodes.Unusable;
        var check = Check(validator, read, previous: null);
        var findings = check.Findings;
        if (!check.IsValid || check.Report is not { } report)
        {
            Print(command.File, findings, stdout);
            stderr.WriteLine($"报告有错误，未生成任何文件 / the report has errors; nothing was written");
            return ExitCodes.ReportErrors;
        }
        if (findings.Count > 0)
            Print(command.File, findings, stdout);

        RenderedReport rendered;
        byte[]? png;
        try
        {
            rendered = renderer.Render(report);
            png = command.Png is null ? null : renderer.RenderFirstPagePng(report);
        }
        catch (Exception exception)
        {
            stderr.WriteLine($"生成PDF失败 / rendering failed: {exception.GetType().Name}: {exception.Message}");
            return ExitCodes.Failed;
        }
        try
        {
            File.WriteAllBytes(command.Output!, rendered.Pdf);
            stdout.WriteLine($"已生成 / wrote {command.Output}：{rendered.PageCount} 页 pages，{rendered.Pdf.Length} 字节 bytes");
            if (png is not null)
            {
                File.WriteAllBytes(command.Png!, png);
                stdout.WriteLine($"已生成 / wrote {command.Png}：{png.Length} 字节 bytes");
            }
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            stderr.WriteLine($"无法写入文件 / cannot write the output: {exception.Message}");
            return ExitCodes.Unusable;
        }
        return ExitCodes.Ok;
    }

    /// <summary>False when the file is unusable (exit 2), after saying why; otherwise what the reader made of it.</summary>
    private static bool TryLoad(string path, bool json, TextWriter stdout, TextWriter stderr, [NotNullWhen(true)] out ReadResult? read)
    {
        read = ReportFile.Load(path, out var problem);
        if (read is null)
        {
            stderr.WriteLine(problem);
            return false;
        }
        if (ReportFile.IsNotAReport(read))
        {
            stderr.WriteLine(ReportFile.NotAReportMessage(path, read));
            if (json)
                stdout.WriteLine(JsonSerializer.Serialize(new ValidationOutput(false, read.Errors), Json.ValidationOutput));
            return false;
        }
        return true;
    }

    private static void Print(string path, IReadOnlyList<ValidationError> findings, TextWriter writer)
    {
        foreach (var finding in findings)
        {
            var severity = finding.Severity == Severity.Error ? "错误 error" : "警告 warning";
            writer.WriteLine($"[{severity}] {finding.Code} {finding.Path}：{finding.Message}");
        }
        var errors = findings.Count(f => f.Severity == Severity.Error);
        var warnings = findings.Count - errors;
        writer.WriteLine(errors == 0
            ? $"{path}：校验通过，{warnings} 条警告 / valid, {warnings} warning(s)"
            : $"{path}：未通过校验，{errors} 个错误，{warnings} 条警告 / invalid: {errors} error(s), {warnings} warning(s)");
    }
}
