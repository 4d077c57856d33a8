namespace ReportFunctions.Pdf.Layout;

internal enum SpacePlanKind
{
    /// <summary>Nothing left to draw.</summary>
    Empty,
    /// <summary>Nothing fits in the space offered; try the next page.</summary>
    Wrap,
    /// <summary>Part fits; more remains for the next page.</summary>
    Partial,
    /// <summary>Everything left fits.</summary>
    Full,
}
