using ReportFunctions.Core.Reading;

namespace ReportFunctions.Submissions;

/// <summary>A report request read from HTTP: the contract JSON (for form posts, what the form converted to), what the reader made of it, and the organization token.</summary>
public sealed record ReportRequest(byte[] Json, ReadResult Read, string? Token);
