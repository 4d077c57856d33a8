using CsCheck;
using ReportFunctions.Core.Reading;

namespace ReportFunctions.Core.Tests.Reading;

/// <summary>The reader never throws: it returns a report or errors for any bytes whatsoever.</summary>
public sealed class ReportReaderFuzzTests
{
    private static readonly byte[] Seed = ReportWriter.Write(ReportBuilder.Valid().Build());

    [Fact]
    public void Read_NeverThrows_ForRandomBytes() =>
        Gen.Byte.Array[0, 512].Sample(bytes => AssertWellFormed(ReportReader.Read(bytes)), iter: 2000);

    [Fact]
    public void Read_NeverThrows_ForMutatedReports() =>
        Gen.Select(Gen.Int[0, Seed.Length - 1], Gen.Byte, Gen.Int[0, 2]).Array[1, 8]
            .Sample(mutations =>
            {
                var bytes = Seed.ToList();
                foreach (var (position, value, kind) in mutations)
                {
                    var at = Math.Min(position, bytes.Count - 1);
                    switch (kind)
                    {
                        case 0: bytes[at] = value; break;
                        case 1: bytes.RemoveAt(at); break;
                        default: bytes.Insert(at, value); break;
                    }
                }
                AssertWellFormed(ReportReader.Read(bytes.ToArray()));
            }, iter: 2000);

    private static void AssertWellFormed(ReadResult result)
    {
        if (result.Report is null)
            Assert.NotEmpty(result.Errors);
        else
            Assert.Empty(result.Errors);
    }
}
