using System.Reflection;
using ReportFunctions.Core.Validation;

namespace ReportFunctions.Core.Tests.Validation;

/// <summary>docs/validation.md documents every stable code (issue 16: "Document every rule").</summary>
public sealed class ValidationDocsTests
{
    [Fact]
    public void EveryErrorCode_HasARowInDocsValidation()
    {
        var docs = File.ReadAllText(RepositoryRoot.File("docs", "validation.md"));
        var codes = typeof(ErrorCodes).GetFields(BindingFlags.Public | BindingFlags.Static).Select(f => (string)f.GetValue(null)!);

        Assert.All(codes, code => Assert.Contains($"| `{code}` |", docs, StringComparison.Ordinal));
    }
}
