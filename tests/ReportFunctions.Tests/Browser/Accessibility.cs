using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace ReportFunctions.Tests.Browser;

/// <summary>The automated accessibility check the issues ask of every page: axe-core finds no serious or critical violation.</summary>
public static class Accessibility
{
    public static async Task AssertNoSeriousViolationsAsync(IPage page)
    {
        var result = await page.RunAxe();
        var serious = result.Violations.Where(v => v.Impact is "serious" or "critical").ToList();
        Assert.True(serious.Count == 0, string.Join("\n", serious.Select(v =>
            $"{v.Impact} {v.Id}: {v.Help} — {string.Join(", ", v.Nodes.Take(5).Select(n => n.Html))}")));
    }
}
