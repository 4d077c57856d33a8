namespace ReportFunctions.Pages;

/// <summary>The console's sections, one link each in its navigation.</summary>
public enum ConsoleSection
{
    Year,
    Organizations,
    Corrections,
    Outbox,
}
