namespace ReportFunctions.Corrections;

/// <summary>Body of POST /api/manage/corrections/{id}/items/{n}/resolve: the account of the rectification (整改情况).</summary>
public sealed record ResolveCorrectionItemRequest(string? Account);
