namespace ReportFunctions.Pages;

/// <summary>Who is signed in to the console, and how (an Easy Auth user signs out at /.auth/logout, a key user in the browser).</summary>
public sealed record ConsoleViewer(string Name, bool SignedInWithEasyAuth);
