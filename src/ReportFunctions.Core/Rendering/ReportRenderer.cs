using ReportFunctions.Core.Model;

namespace ReportFunctions.Core.Rendering;

// STUB: replaced by the PDF work.
public sealed class ReportRenderer(TimeProvider time)
{
    public RenderedReport Render(Report report) => throw new NotImplementedException(time.ToString());

    public byte[] RenderFirstPagePng(Report report) => throw new NotImplementedException();
}
