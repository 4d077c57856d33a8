using System.Text;

namespace ReportFunctions.Core.Rendering.Html;

/// <summary>A string builder that writes HTML elements with every text and attribute value encoded.</summary>
internal sealed class HtmlWriter
{
    private readonly StringBuilder html = new(64 * 1024);

    public HtmlWriter Raw(string markup)
    {
        html.Append(markup);
        return this;
    }

    public HtmlWriter Text(string text)
    {
        Encode(text);
        return this;
    }

    /// <summary>&lt;name attributes&gt;text&lt;/name&gt;; attributes with a null value are left out.</summary>
    public HtmlWriter Element(string name, string text, params (string Name, string? Value)[] attributes)
    {
        Open(name, attributes);
        Encode(text);
        return Close(name);
    }

    public HtmlWriter Open(string name, params (string Name, string? Value)[] attributes)
    {
        html.Append('<').Append(name);
        foreach (var (attribute, value) in attributes)
        {
            if (value is null)
                continue;
            html.Append(' ').Append(attribute).Append("=\"");
            Encode(value);
            html.Append('"');
        }
        html.Append('>');
        return this;
    }

    public HtmlWriter Close(string name)
    {
        html.Append("</").Append(name).Append('>');
        return this;
    }

    public override string ToString() => html.ToString();

    // The five characters that can end text or a quoted attribute value; every other character is written as
    // itself (the document is UTF-8), so the Chinese text stays readable in the source and small.
    private void Encode(string text)
    {
        foreach (var c in text)
        {
            switch (c)
            {
                case '&': html.Append("&amp;"); break;
                case '<': html.Append("&lt;"); break;
                case '>': html.Append("&gt;"); break;
                case '"': html.Append("&quot;"); break;
                case '\'': html.Append("&#39;"); break;
                default: html.Append(c); break;
            }
        }
    }
}
