namespace ReportFunctions.Core.Model;

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
