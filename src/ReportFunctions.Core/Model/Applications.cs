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
