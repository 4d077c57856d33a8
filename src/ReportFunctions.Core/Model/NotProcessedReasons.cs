namespace ReportFunctions.Core.Model;

/// <summary>（五）不予处理.</summary>
public sealed record NotProcessedReasons(
    ApplicantRow Complaint,
    ApplicantRow Repeated,
    ApplicantRow Publications,
    ApplicantRow Excessive,
    ApplicantRow Confirmation);
