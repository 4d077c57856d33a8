namespace ReportFunctions.Core.Validation.Rules;

/// <summary>What a piece of report text is, which fixes its length limit.</summary>
internal enum TextKind
{
    Name,
    Title,
    Heading,
    Paragraph,
}
