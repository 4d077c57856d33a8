using System.Diagnostics;

namespace ReportFunctions.Bench;

/// <summary>Per-call timings of an operation after a warm-up, from which the benchmarks report medians and percentiles.</summary>
internal static class Timings
{
    /// <summary>The sorted milliseconds of <paramref name="iterations"/> calls; <paramref name="afterEach"/> runs outside the timed span.</summary>
    public static double[] Measure(int warmUp, int iterations, Func<int> operation, Action? afterEach = null)
    {
        // The operation's result (pages, findings) is accumulated so the JIT cannot drop the call.
        var sink = 0;
        for (var i = 0; i < warmUp; i++)
            sink += operation();
        var milliseconds = new double[iterations];
        for (var i = 0; i < iterations; i++)
        {
            var start = Stopwatch.GetTimestamp();
            sink += operation();
            milliseconds[i] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
            afterEach?.Invoke();
        }
        GC.KeepAlive(sink);
        Array.Sort(milliseconds);
        return milliseconds;
    }

    /// <summary>The nearest-rank percentile of sorted timings (<paramref name="p"/> 0.5 is the median).</summary>
    public static double Percentile(double[] sorted, double p) => sorted[(int)Math.Ceiling(p * sorted.Length) - 1];
}
