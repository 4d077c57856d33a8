namespace ReportFunctions.Oversight;

/// <summary>The columns the year table sorts by (the `sort` query parameter, lower case).</summary>
public enum YearSort
{
    Name,
    Kind,
    Deadline,
    Status,
    Days,
    Version,
    Reminder,
    Corrections,
}
