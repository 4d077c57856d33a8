namespace ReportFunctions.Core.Model;

public sealed record Organization(string Id, string Name, OrganizationKind Kind, string? CreditCode);
