using ReportFunctions.Core.Model;
using ReportFunctions.Core.Reading;
using ReportFunctions.Core.Validation;
using ReportFunctions.Pdf.Fonts;

namespace ReportFunctions.Core.Tests.Validation;

/// <summary>Every file in samples/ gives the result samples/README.md promises, with the real bundled fonts.</summary>
public sealed class SampleTests
{
    private static readonly ReportValidator Validator = new(FixedTime.Default, BundledFonts.Shared);

    public static TheoryData<string> ValidSamples => new(Directory.GetFiles(RepositoryRoot.File("samples"), "*.json").Select(Path.GetFileName)!);

    public static TheoryData<string> InvalidSamples => new(Directory.GetFiles(RepositoryRoot.File("samples", "invalid"), "*.json").Select(Path.GetFileName)!);

    [Theory]
    [MemberData(nameof(ValidSamples))]
    public void ValidSample_HasNoErrors(string file)
    {
        var read = Read(RepositoryRoot.File("samples", file));
        Assert.Empty(read.Errors);

        var errors = Validator.Validate(read.Report!).Where(f => f.Severity == Severity.Error);

        Assert.Empty(errors);
    }

    [Theory]
    [MemberData(nameof(InvalidSamples))]
    public void InvalidSample_ProducesTheCodeItIsNamedAfter(string file)
    {
        var code = Path.GetFileNameWithoutExtension(file);
        var read = Read(RepositoryRoot.File("samples", "invalid", file));
        var findings = read.Report is null ? read.Errors : Validator.Validate(read.Report, PreviousYear(read.Report));

        Assert.Contains(findings, f => f.Code == code);
        Assert.All(findings, f => Assert.Equal(code, f.Code));
    }

    [Fact]
    public void MalformedSample_GivesItsLineAndColumn()
    {
        var read = Read(RepositoryRoot.File("samples", "invalid", "malformed-json.json"));
        Assert.True(read.IsMalformed);
        Assert.NotNull(read.Column);
    }

    [Fact]
    public void Seed_IsSignedInDecember_SoItOnlyWarns()
    {
        var findings = Validator.Validate(Read(RepositoryRoot.File("samples", "dalan-2021.json")).Report!);

        var finding = Assert.Single(findings);
        Assert.Equal((ErrorCodes.SignatureDate, Severity.Warning), (finding.Code, finding.Severity));
    }

    private static Report? PreviousYear(Report report)
    {
        // The carry-over sample is checked against the same body's previous report (samples/README.md).
        var previous = Directory.GetFiles(RepositoryRoot.File("samples"), "*.json")
            .Select(f => Read(f).Report)
            .FirstOrDefault(r => r is not null && r.Organization.Id == report.Organization.Id && r.Year == report.Year - 1);
        return previous;
    }

    private static ReadResult Read(string path) => ReportReader.Read(File.ReadAllBytes(path));
}
