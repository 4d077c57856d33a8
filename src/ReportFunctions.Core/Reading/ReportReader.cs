using ReportFunctions.Core.Model;

namespace ReportFunctions.Core.Reading;

// STUB: replaced by the foundation work.
public static class ReportReader
{
    public static ReadResult Read(ReadOnlySpan<byte> utf8Json) => throw new NotImplementedException();
}
