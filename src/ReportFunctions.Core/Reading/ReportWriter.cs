using System.Text.Encodings.Web;
using System.Text.Json;
using ReportFunctions.Core.Model;

namespace ReportFunctions.Core.Reading;

/// <summary>Writes a report as contract JSON (UTF-8, camelCase, indented) that <see cref="ReportReader"/> reads back unchanged.</summary>
public static class ReportWriter
{
    // Chinese text stays readable in the file instead of \uXXXX escapes; the output is a document, never HTML.
    private static readonly ReportJsonContext Context = new(new JsonSerializerOptions(ReportJsonContext.Default.Options)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });

    public static byte[] Write(Report report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return JsonSerializer.SerializeToUtf8Bytes(report, Context.Report);
    }
}
