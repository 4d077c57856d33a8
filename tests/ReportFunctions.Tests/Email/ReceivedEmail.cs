namespace ReportFunctions.Tests.Email;

/// <summary>A message as smtp4dev received it.</summary>
public sealed record ReceivedEmail(string Id, string From, IReadOnlyList<string> To, IReadOnlyList<string> Cc, string Subject, string Text, string Html);
