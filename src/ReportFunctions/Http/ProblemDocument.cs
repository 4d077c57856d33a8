using ReportFunctions.Submissions;

namespace ReportFunctions.Http;

/// <summary>
/// An RFC 9457 problem document: Chinese title/detail for people, a stable English code for programs,
/// and, when they apply, the validation findings (<c>truncated</c>: more than listed) and the position of malformed JSON.
/// </summary>
public sealed record ProblemDocument(
    string Type,
    string Title,
    int Status,
    string Detail,
    string Code,
    IReadOnlyList<ErrorItem>? Errors = null,
    int? Line = null,
    int? Column = null,
    bool? Truncated = null);
