// Hosts the Functions app's classes on http://127.0.0.1:<port> (default 7071) without Core Tools; see docs/local-development.md.
using ReportFunctions.LocalRunner.Hosting;

var port = 7071;
var portIndex = Array.IndexOf(args, "--port");
if (portIndex >= 0 && (portIndex + 1 >= args.Length || !int.TryParse(args[portIndex + 1], out port)))
{
    Console.Error.WriteLine("usage: ReportFunctions.LocalRunner [--port N]");
    return 2;
}

// Everything but "--port N" goes to the host builder (configuration switches such as --Smtp:Host=…).
var hostArgs = portIndex < 0 ? args : args.Where((_, i) => i != portIndex && i != portIndex + 1).ToArray();
var app = LocalRunnerApp.Build(port, args: hostArgs);
await app.RunAsync();
return 0;
