using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace ReportFunctions.Submissions;

/// <summary>
/// Turns a form's narrative textarea into contract JSON: paragraphs are separated by blank lines, and a line
/// starting with a subsection number such as "（一）" starts a Block with that line as its heading.
/// </summary>
internal static partial class NarrativeText
{
    /// <summary>[{heading?, paragraphs: [...]}, ...] for overview, activeDisclosure.narrative, problemsAndImprovements, otherMatters.</summary>
    public static JsonArray ToBlocks(string text)
    {
        var blocks = new JsonArray();
        string? heading = null;
        var paragraphs = new List<string>();

        void FlushBlock()
        {
            if (heading is null && paragraphs.Count == 0)
                return;
            var block = new JsonObject();
            if (heading is not null)
                block["heading"] = heading;
            block["paragraphs"] = new JsonArray(paragraphs.Select(p => (JsonNode?)JsonValue.Create(p)).ToArray());
            blocks.Add(block);
            (heading, paragraphs) = (null, []);
        }

        foreach (var (line, isHeading) in Paragraphs(text, detectHeadings: true))
        {
            if (isHeading)
            {
                FlushBlock();
                heading = line;
            }
            else
            {
                paragraphs.Add(line);
            }
        }
        FlushBlock();
        return blocks;
    }

    /// <summary>["…", "…"] for the preface, which has no subsections.</summary>
    public static JsonArray ToParagraphs(string text) =>
        new(Paragraphs(text, detectHeadings: false).Select(p => (JsonNode?)JsonValue.Create(p.Text)).ToArray());

    private static IEnumerable<(string Text, bool IsHeading)> Paragraphs(string text, bool detectHeadings)
    {
        var current = new StringBuilder();
        foreach (var raw in text.ReplaceLineEndings("\n").Split('\n'))
        {
            // Clerks indent paragraphs with full-width spaces (U+3000); the PDF indents by itself.
            var line = raw.Trim().Trim('\u3000');
            if (line.Length == 0 || (detectHeadings && HeadingPattern().IsMatch(line)))
            {
                if (current.Length > 0)
                    yield return (current.ToString(), false);
                current.Clear();
                if (line.Length > 0)
                    yield return (line, true);
                continue;
            }
            // Lines of one paragraph join without a space in Chinese; keep one between two Latin words.
            if (current.Length > 0 && char.IsAsciiLetterOrDigit(current[^1]) && char.IsAsciiLetterOrDigit(line[0]))
                current.Append(' ');
            current.Append(line);
        }
        if (current.Length > 0)
            yield return (current.ToString(), false);
    }

    [GeneratedRegex("^[（(][一二三四五六七八九十]+[）)]")]
    private static partial Regex HeadingPattern();
}
