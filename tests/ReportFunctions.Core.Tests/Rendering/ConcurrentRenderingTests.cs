using ReportFunctions.Core.Reading;
using ReportFunctions.Core.Rendering;

namespace ReportFunctions.Core.Tests.Rendering;

/// <summary>The worker renders several reports at once: rendering in parallel gives the same bytes as alone.</summary>
public sealed class ConcurrentRenderingTests
{
    [Fact]
    public async Task RenderingInParallel_GivesTheSameBytesAsRenderingAlone()
    {
        var renderer = new ReportRenderer(FixedTime.Default);
        var reports = Directory.GetFiles(RepositoryRoot.File("samples"), "*.json").Order(StringComparer.Ordinal)
            .Select(f => ReportReader.Read(File.ReadAllBytes(f)).Report!).ToArray();
        var alone = reports.Select(r => renderer.Render(r).Pdf).ToArray();

        // Collections while rendering: a native object released too early would show here.
        using var stop = new CancellationTokenSource();
        var collector = Task.Run(() => { while (!stop.IsCancellationRequested) { GC.Collect(); GC.WaitForPendingFinalizers(); } });
        var parallel = await Task.WhenAll(Enumerable.Range(0, 48).Select(i => Task.Run(() => (i % reports.Length, renderer.Render(reports[i % reports.Length]).Pdf))));
        await stop.CancelAsync();
        await collector;

        Assert.All(parallel, p => Assert.Equal(alone[p.Item1], p.Pdf));
    }
}
