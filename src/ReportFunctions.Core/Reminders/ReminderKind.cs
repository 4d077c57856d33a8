namespace ReportFunctions.Core.Reminders;

public enum ReminderKind
{
    /// <summary>The annual report (政府信息公开工作年度报告) is due or overdue.</summary>
    AnnualReport,
    /// <summary>A correction notice (整改通知) is due or overdue.</summary>
    Correction,
    /// <summary>A quarter has begun: run the quarterly check (季度检查).</summary>
    QuarterlyCheck,
}
