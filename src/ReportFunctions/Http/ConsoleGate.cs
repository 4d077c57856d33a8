using Microsoft.AspNetCore.Mvc;
using ReportFunctions.Pages;

namespace ReportFunctions.Http;

/// <summary>The console's answer about a request: a refusal to return as it is, or the viewer admitted.</summary>
public sealed record ConsoleGate(IActionResult? Refusal, ConsoleViewer Viewer);
