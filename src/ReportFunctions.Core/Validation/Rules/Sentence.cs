using ReportFunctions.Core.Model;

namespace ReportFunctions.Core.Validation.Rules;

/// <summary>
/// One sentence of a section (a heading counts as one), with the path of the paragraph it is in, so that a finding
/// can quote it. Sentences end at 。！？； or a line break; a closing quotation mark stays with its sentence.
/// </summary>
internal readonly record struct Sentence(string Path, string Text)
{
    private static readonly char[] Ends = ['。', '！', '？', '；', '\n', '!', '?', ';'];

    /// <summary>True for a block heading.</summary>
    public bool IsHeading => Path.EndsWith(".heading", StringComparison.Ordinal);

    /// <summary>The sentence as quoted in messages: trimmed and shortened to 80 characters.</summary>
    public string Quoted => Text.Length <= 80 ? Text : string.Concat(Text.AsSpan(0, 79), "…");

    /// <summary>Every sentence of the headings and paragraphs of one section, in order.</summary>
    public static IEnumerable<Sentence> In(string path, IReadOnlyList<Block> blocks)
    {
        for (var b = 0; b < blocks.Count; b++)
        {
            if (blocks[b].Heading is { } heading && !string.IsNullOrWhiteSpace(heading))
                yield return new($"{path}[{b}].heading", heading.Trim());
            var paragraphs = blocks[b].Paragraphs;
            for (var p = 0; p < paragraphs.Count; p++)
            {
                foreach (var text in Split(paragraphs[p]))
                    yield return new($"{path}[{b}].paragraphs[{p}]", text);
            }
        }
    }

    private static IEnumerable<string> Split(string paragraph)
    {
        var start = 0;
        while (start < paragraph.Length)
        {
            var end = paragraph.IndexOfAny(Ends, start);
            end = end < 0 ? paragraph.Length : end + 1;
            // Keep a closing quote or bracket right after the full stop in the sentence it closes.
            while (end < paragraph.Length && paragraph[end] is '”' or '’' or '）' or '」' or '』')
                end++;
            var text = paragraph[start..end].Trim();
            if (text.Length > 0)
                yield return text;
            start = end;
        }
    }
}
