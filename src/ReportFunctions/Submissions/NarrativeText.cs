using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using ReportFunctions.Core.Model;

namespace ReportFunctions.Submissions;

/// <summary>
/// Turns a form's narrative textarea into contract JSON, the way clerks paste text from Word or WPS: every line is a
/// paragraph (one line break separates paragraphs; blank lines are ignored), and a line is a subsection heading only
/// when it is short and starts with a subsection number such as "（一）". A long line starting with "（一）" or one
/// ending like a sentence is a paragraph. The form's script shows the same split while the clerk types (form.js).
/// </summary>
internal static partial class NarrativeText
{
    /// <summary>The longest line read as a heading; the samples' longest heading has 23 characters.</summary>
    public const int MaxHeadingLength = 40;

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

        foreach (var line in Lines(text))
        {
            if (IsHeading(line))
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
        new(Lines(text).Select(p => (JsonNode?)JsonValue.Create(p)).ToArray());

    /// <summary>The text a clerk would type for these blocks: one line per heading and per paragraph.</summary>
    public static string FromBlocks(IEnumerable<Block> blocks)
    {
        var text = new StringBuilder();
        foreach (var block in blocks)
        {
            if (block.Heading is { } heading)
                text.Append(heading).Append('\n');
            foreach (var paragraph in block.Paragraphs)
                text.Append(paragraph).Append('\n');
        }
        return text.ToString().TrimEnd('\n');
    }

    public static string FromParagraphs(IEnumerable<string> paragraphs) => string.Join('\n', paragraphs);

    /// <summary>A short line starting with （一）…（十）, not ending like a sentence.</summary>
    public static bool IsHeading(string line) =>
        line.Length <= MaxHeadingLength && HeadingPattern().IsMatch(line) && !SentenceEnd().IsMatch(line);

    private static IEnumerable<string> Lines(string text)
    {
        foreach (var raw in text.ReplaceLineEndings("\n").Split('\n'))
        {
            // Clerks indent paragraphs with full-width spaces (U+3000); the PDF indents by itself.
            var line = raw.Trim().Trim('\u3000').Trim();
            if (line.Length > 0)
                yield return line;
        }
    }

    [GeneratedRegex("^[（(][一二三四五六七八九十]+[）)]")]
    private static partial Regex HeadingPattern();

    [GeneratedRegex("[。！？；]$")]
    private static partial Regex SentenceEnd();
}
