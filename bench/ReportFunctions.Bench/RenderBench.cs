namespace ReportFunctions.Bench;

// STUB: replaced by the work that owns this benchmark.
internal static class RenderBench
{
    public static Task RunAsync(string[] args) => Task.CompletedTask;
}
