using Microsoft.AspNetCore.Http;

namespace ReportFunctions.Http;

/// <summary>The reviewer the admin-key holder names in the request body.</summary>
public sealed class ClaimedReviewerIdentity : IReviewerIdentity
{
    public string? Of(HttpRequest request, string? claimed) => string.IsNullOrWhiteSpace(claimed) ? null : claimed.Trim();
}
