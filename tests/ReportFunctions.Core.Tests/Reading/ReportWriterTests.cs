using System.Text;
using ReportFunctions.Core.Reading;

namespace ReportFunctions.Core.Tests.Reading;

public sealed class ReportWriterTests
{
    [Fact]
    public void Write_RoundTripsThroughTheReader()
    {
        var written = ReportWriter.Write(ReportBuilder.Valid().Build());

        var read = ReportReader.Read(written);

        Assert.Empty(read.Errors);
        Assert.Equal(written, ReportWriter.Write(read.Report!));
    }

    [Fact]
    public void Write_RoundTripsTheSeedSample_Unchanged()
    {
        var seed = ReportReader.Read(File.ReadAllBytes(RepositoryRoot.File("samples", "dalan-2021.json"))).Report!;

        var again = ReportReader.Read(ReportWriter.Write(seed)).Report!;

        Assert.Equal(ReportWriter.Write(seed), ReportWriter.Write(again));
        Assert.Equal(seed.Overview.SelectMany(b => b.Paragraphs), again.Overview.SelectMany(b => b.Paragraphs));
    }

    [Fact]
    public void Write_UsesTheContractsNamesAndFormats()
    {
        var json = Encoding.UTF8.GetString(ReportWriter.Write(ReportBuilder.Valid().With(r => r with
        {
            ActiveDisclosure = r.ActiveDisclosure with { Fees = 1.50m },
        }).Build()));

        Assert.Contains("\"formatVersion\": \"2021\"", json, StringComparison.Ordinal);
        Assert.Contains("\"kind\": \"township\"", json, StringComparison.Ordinal);
        Assert.Contains("\"date\": \"2022-01-15\"", json, StringComparison.Ordinal);
        Assert.Contains("\"fees\": 1.50", json, StringComparison.Ordinal);
        Assert.Contains("\"naturalPerson\": 10", json, StringComparison.Ordinal);
        Assert.Contains("大岚镇人民政府", json, StringComparison.Ordinal);
        Assert.DoesNotContain("effectiveTitle", json, StringComparison.Ordinal);
        Assert.DoesNotContain("\"title\"", json, StringComparison.Ordinal);
    }
}
