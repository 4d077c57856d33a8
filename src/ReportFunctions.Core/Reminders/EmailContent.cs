namespace ReportFunctions.Core.Reminders;

/// <summary>A message's subject with a plain-text and a simple HTML body saying the same.</summary>
public sealed record EmailContent(string Subject, string Text, string Html);
