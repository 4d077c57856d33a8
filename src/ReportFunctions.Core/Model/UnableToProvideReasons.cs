namespace ReportFunctions.Core.Model;

/// <summary>（四）无法提供.</summary>
public sealed record UnableToProvideReasons(ApplicantRow NotHeld, ApplicantRow NeedsCreation, ApplicantRow UnclearAfterCorrection);
