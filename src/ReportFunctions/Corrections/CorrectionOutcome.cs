namespace ReportFunctions.Corrections;

/// <summary>The notice after a request, or why the request was refused (a Chinese message for the caller).</summary>
/// <param name="Errors">For an invalid answer: one finding per field (path "items.{n}.text" or "items.{n}.url").</param>
public sealed record CorrectionOutcome(
    CorrectionNotice? Notice,
    CorrectionRefusal Refusal = CorrectionRefusal.None,
    string? Message = null,
    IReadOnlyList<Core.Validation.ValidationError>? Errors = null)
{
    public static CorrectionOutcome Invalid(string message) => new(null, CorrectionRefusal.Invalid, message);

    public static CorrectionOutcome NotFound(string message) => new(null, CorrectionRefusal.NotFound, message);

    public static CorrectionOutcome Conflict(string message) => new(null, CorrectionRefusal.Conflict, message);
}
