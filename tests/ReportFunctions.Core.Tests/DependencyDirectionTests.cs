using ReportFunctions.Core.Model;
using ReportFunctions.Pdf.Fonts;

namespace ReportFunctions.Core.Tests;

/// <summary>Dependencies point one way (conventions.md "Shape"): Pdf knows nothing of reports, Core nothing of Azure.</summary>
public sealed class DependencyDirectionTests
{
    [Fact]
    public void Core_ReferencesNoAzureFunctionsOrMailKit()
    {
        var references = typeof(Report).Assembly.GetReferencedAssemblies().Select(a => a.Name!).ToList();

        Assert.DoesNotContain(references, name =>
            name.StartsWith("Azure", StringComparison.Ordinal)
            || name.StartsWith("Microsoft.Azure", StringComparison.Ordinal)
            || name.StartsWith("MailKit", StringComparison.Ordinal)
            || name.StartsWith("MimeKit", StringComparison.Ordinal));
    }

    [Fact]
    public void Pdf_DoesNotReferenceCore() =>
        Assert.DoesNotContain(typeof(IGlyphCoverage).Assembly.GetReferencedAssemblies(), a => a.Name == typeof(Report).Assembly.GetName().Name);
}
