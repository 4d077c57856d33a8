namespace ReportFunctions.Core.Model;

/// <summary>三、收到和处理政府信息公开申请情况.</summary>
public sealed record Applications(
    ApplicantRow NewlyReceived,
    ApplicantRow CarriedOver,
    ApplicantRow Granted,
    ApplicantRow PartiallyGranted,
    DeniedReasons Denied,
    UnableToProvideReasons UnableToProvide,
    NotProcessedReasons NotProcessed,
    OtherHandlingReasons OtherHandling,
    ApplicantRow Total,
    ApplicantRow CarriedForward);

/// <summary>（三）不予公开.</summary>
public sealed record DeniedReasons(
    ApplicantRow StateSecret,
    ApplicantRow ProhibitedByLaw,
    ApplicantRow SecurityStability,
    ApplicantRow ThirdPartyRights,
    ApplicantRow InternalAffairs,
    ApplicantRow ProcessInformation,
    ApplicantRow EnforcementFiles,
    ApplicantRow AdministrativeQuery);

/// <summary>（四）无法提供.</summary>
public sealed record UnableToProvideReasons(ApplicantRow NotHeld, ApplicantRow NeedsCreation, ApplicantRow UnclearAfterCorrection);

/// <summary>（五）不予处理.</summary>
public sealed record NotProcessedReasons(
    ApplicantRow Complaint,
    ApplicantRow Repeated,
    ApplicantRow Publications,
    ApplicantRow Excessive,
    ApplicantRow Confirmation);

/// <summary>（六）其他处理.</summary>
public sealed record OtherHandlingReasons(ApplicantRow NoCorrection, ApplicantRow FeeUnpaid, ApplicantRow Other);
