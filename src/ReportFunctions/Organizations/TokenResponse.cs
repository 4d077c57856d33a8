namespace ReportFunctions.Organizations;

public sealed record TokenResponse(string Token);
