namespace ReportFunctions.Http;

public sealed record HealthResponse(string Status);
