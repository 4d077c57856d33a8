// Hosts the Functions app's classes on http://127.0.0.1:<port> (default 7071) without Core Tools; see docs/local-development.md.
using ReportFunctions.LocalRunner.Hosting;

var port = 7071;
var portIndex = Array.IndexOf(args, "--port");
if (portIndex >= 0 && (portIndex + 1 >= args.Length || !int.TryParse(args[portIndex + 1], out port)))
{
    Console.Error.WriteLine("usage: ReportFunctions.LocalRunner [--port N]");
    return 2;
}

var app = LocalRunnerApp.Build(port, args: args.Where((_, i) => i != portIndex && i != portIndex + 1).ToArray());
await app.RunAsync();
return 0;
