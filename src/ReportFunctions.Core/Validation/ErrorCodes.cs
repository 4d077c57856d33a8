namespace ReportFunctions.Core.Validation;

/// <summary>The stable codes of contract.md "Error codes", plus <see cref="MalformedJson"/> for unparsable input.</summary>
public static class ErrorCodes
{
    public const string Required = "required";
    public const string Type = "type";
    public const string Range = "range";
    public const string FormatVersion = "format-version";
    public const string RowTotal = "row-total";
    public const string ResultsTotal = "results-total";
    public const string Balance = "balance";
    public const string OutcomeTotal = "outcome-total";
    public const string CarryOver = "carry-over";
    public const string SignatureDate = "signature-date";
    public const string UnsupportedCharacter = "unsupported-character";
    public const string ProcessingFee = "processing-fee";
    public const string ProseTable = "prose-table";
    public const string Rectification = "rectification";
    public const string GovernmentContent = "government-content";
    public const string Late = "late";
    public const string InForce = "in-force";
    public const string TextReuse = "text-reuse";
    public const string HalfWidthPunctuation = "half-width-punctuation";
    public const string MalformedJson = "malformed-json";
    public const string TooManyValues = "too-many-values";
}
