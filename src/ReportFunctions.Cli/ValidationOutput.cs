using ReportFunctions.Core.Validation;

namespace ReportFunctions.Cli;

/// <summary>What <c>validate --json</c> prints: <c>{"valid": bool, "errors": [{code, severity, path, message}]}</c>, warnings included.</summary>
public sealed record ValidationOutput(bool Valid, IReadOnlyList<ValidationError> Errors);
