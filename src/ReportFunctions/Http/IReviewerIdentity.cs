using Microsoft.AspNetCore.Http;

namespace ReportFunctions.Http;

/// <summary>
/// Who approves or returns a submission. The admin key says nothing about the person, so for now it is the
/// <c>reviewer</c> the caller names in the request body (<see cref="ClaimedReviewerIdentity"/>); with App Service
/// Authentication the console registers an implementation that reads the signed-in user's client principal instead.
/// </summary>
public interface IReviewerIdentity
{
    /// <param name="claimed">The <c>reviewer</c> field of the request body, if any.</param>
    /// <returns>The reviewer's name, or null when nobody can be named (the request is refused).</returns>
    string? Of(HttpRequest request, string? claimed);
}
