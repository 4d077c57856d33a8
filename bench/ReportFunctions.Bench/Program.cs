// Small benchmark program: `dotnet run -c Release --project bench/ReportFunctions.Bench -- <validate|anonymous|render|pipeline|burst|peers|all>`.
// Each benchmark prints a Markdown section; docs/benchmarks.md records the results.
using ReportFunctions.Bench;

var which = args.Length > 0 ? args[0] : "all";
var benches = new Dictionary<string, Func<string[], Task>>
{
    ["validate"] = ValidationBench.RunAsync,
    ["anonymous"] = AnonymousCostBench.RunAsync,
    ["render"] = RenderBench.RunAsync,
    ["pipeline"] = PipelineBench.RunAsync,
    ["burst"] = BurstBench.RunAsync,
    ["peers"] = ReportFunctions.Bench.Peers.PeersBench.RunAsync,
};
if (which != "all" && !benches.ContainsKey(which))
{
    Console.Error.WriteLine($"usage: bench <{string.Join('|', benches.Keys)}|all>");
    return 2;
}
foreach (var (name, run) in benches)
{
    if (which == "all" || which == name)
        await run(args.Skip(1).ToArray());
}
return 0;
