namespace ReportFunctions.Core.Model;

public sealed record Signature(string Issuer, DateOnly Date);
