using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Net.Http.Headers;
using ReportFunctions.Pages;

namespace ReportFunctions.Http;

/// <summary>
/// Content negotiation between people and programs on the same route: a request whose Accept names text/html (every
/// browser navigation and form post does) gets a page; anything else keeps the JSON answer it has always had.
/// </summary>
public static class PeopleAnswers
{
    public static bool WantsHtml(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return MediaTypeHeaderValue.TryParseList(request.Headers.Accept.OfType<string>().ToList(), out var accepted)
            && accepted!.Any(a => a.MediaType.Equals("text/html", StringComparison.OrdinalIgnoreCase) && a.Quality is not 0);
    }

    /// <summary>A page for a person (same status code); answers other than problem documents stay as they are.</summary>
    public static IActionResult Page(IActionResult answer)
    {
        if (answer is not ContentResult { ContentType: ApiResults.ProblemContentType, Content: { } json } content)
            return answer;
        var problem = JsonSerializer.Deserialize(json, ApiJsonContext.Web.ProblemDocument)!;
        return new HtmlPage(
            ProblemPage.Render(problem.Title, problem.Detail, problem.Errors),
            PageLayout.ContentSecurityPolicy,
            content.StatusCode ?? StatusCodes.Status400BadRequest);
    }
}
