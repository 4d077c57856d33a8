namespace ReportFunctions.Core.Model;

/// <summary>（六）其他处理.</summary>
public sealed record OtherHandlingReasons(ApplicantRow NoCorrection, ApplicantRow FeeUnpaid, ApplicantRow Other);
