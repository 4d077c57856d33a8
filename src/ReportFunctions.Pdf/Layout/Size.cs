namespace ReportFunctions.Pdf.Layout;

/// <summary>A width and height in points.</summary>
internal readonly record struct Size(float Width, float Height);
