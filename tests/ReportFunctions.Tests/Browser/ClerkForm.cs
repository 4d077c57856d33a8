using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Playwright;
using ReportFunctions.Submissions;

namespace ReportFunctions.Tests.Browser;

/// <summary>The clerk's side of the form in a browser: filling it from a sample report as typed text, and screenshots of what they see.</summary>
public static class ClerkForm
{
    /// <summary>The form's fields for a report, as a clerk types them (narratives one line a paragraph).</summary>
    public static Dictionary<string, string> Fields(JsonNode report) =>
        FormReportConverter.ToFields(Encoding.UTF8.GetBytes(report.ToJsonString()));

    /// <summary>
    /// Fills every field but the computed totals (data-sum) and what the registry locked, firing the input events typing
    /// fires; one script call rather than 200 round trips.
    /// </summary>
    public static Task FillAsync(IPage page, IReadOnlyDictionary<string, string> fields) =>
        page.EvaluateAsync("""
            fields => {
              for (const [name, value] of Object.entries(fields)) {
                const control = document.querySelector(`[name="${CSS.escape(name)}"]`);
                if (!control || control.readOnly || control.type === "hidden" || control.dataset.sum !== undefined) continue;
                control.value = value;
                control.dispatchEvent(new Event("input", { bubbles: true }));
              }
            }
            """, fields);

    /// <summary>An element by its id, which for form controls is the dotted path (dots would be classes in a CSS selector).</summary>
    public static ILocator ById(IPage page, string id) => page.Locator($"[id='{id}']");

    /// <summary>A screenshot for the README when SCREENSHOTS_DIR is set (./docs/images: see README); otherwise nothing.</summary>
    public static async Task CaptureAsync(IPage page, string name, bool fullPage = false)
    {
        if (Environment.GetEnvironmentVariable("SCREENSHOTS_DIR") is not { Length: > 0 } directory)
            return;
        Directory.CreateDirectory(directory);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(directory, name + ".png"), FullPage = fullPage });
    }
}
