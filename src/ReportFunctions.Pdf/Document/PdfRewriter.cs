using System.Globalization;
using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;

namespace ReportFunctions.Pdf.Document;

/// <summary>
/// Rewrites Skia's PDF with what its backend cannot write: the document language (/Lang) and the bookmarks
/// (/Outlines, opening named destinations Skia wrote), and a document ID derived from the content instead of
/// Skia's clock-based one. Every object that is not a stream goes into one compressed object stream with a
/// cross-reference stream (ISO 32000-1 §7.5.7–8, allowed by PDF/A-2), which saves more than the additions cost.
/// Skia's output is regular: "N 0 obj" and a dictionary per object, stream lengths given directly.
/// </summary>
internal static class PdfRewriter
{
    /// <summary>An outline entry: its title and the named destination it opens (Skia writes /Dests as a dictionary, so a name).</summary>
    public sealed record Bookmark(string Title, string Destination);

    private sealed record PdfObject(int Number, string Dictionary, byte[]? Stream);

    /// <summary>The rewritten PDF; <paramref name="pdf"/>'s document ID is replaced in place first.</summary>
    public static byte[] Rewrite(byte[] pdf, string language, IReadOnlyList<Bookmark> bookmarks)
    {
        (pdf, var id) = SetContentDocumentId(pdf);
        var text = Encoding.Latin1.GetString(pdf);
        var trailer = text[text.LastIndexOf("trailer", StringComparison.Ordinal)..];
        var root = Reference(trailer, "/Root");
        var info = Reference(trailer, "/Info");
        var objects = Parse(text, pdf);
        var next = objects.Max(o => o.Number) + 1;

        // A BCP 47 tag is ASCII letters, digits and hyphens, so it needs no escaping in a literal string.
        var keys = new StringBuilder($"\n/Lang ({language})");
        if (bookmarks.Count > 0)
        {
            var outlines = next;
            var first = next + 1;
            objects.Add(new PdfObject(outlines, $"<</Type /Outlines\n/First {first} 0 R\n/Last {first + bookmarks.Count - 1} 0 R\n/Count {bookmarks.Count}>>", null));
            for (var i = 0; i < bookmarks.Count; i++)
            {
                var number = first + i;
                var item = new StringBuilder($"<</Title {PdfString(bookmarks[i].Title)}\n/Parent {outlines} 0 R\n/Dest /{bookmarks[i].Destination}");
                if (i > 0)
                    item.Append(CultureInfo.InvariantCulture, $"\n/Prev {number - 1} 0 R");
                if (i < bookmarks.Count - 1)
                    item.Append(CultureInfo.InvariantCulture, $"\n/Next {number + 1} 0 R");
                objects.Add(new PdfObject(number, item.Append(">>").ToString(), null));
            }
            keys.Append(CultureInfo.InvariantCulture, $"\n/Outlines {outlines} 0 R\n/PageMode /UseOutlines");
            next = first + bookmarks.Count;
        }
        var catalogIndex = objects.FindIndex(o => o.Number == root);
        var catalog = objects[catalogIndex].Dictionary;
        objects[catalogIndex] = objects[catalogIndex] with { Dictionary = catalog[..catalog.LastIndexOf(">>", StringComparison.Ordinal)] + keys + ">>" };

        return Write(text[..text.IndexOf("\n1 0 obj", StringComparison.Ordinal)], objects, next, $"/Root {root} 0 R\n/Info {info} 0 R\n/ID [<{id}> <{id}>]");
    }

    private static byte[] Write(string header, List<PdfObject> objects, int objectStream, string trailerKeys)
    {
        // Object streams need PDF 1.5; the header's version has the same length as Skia's "1.4".
        header = "%PDF-1.7" + header["%PDF-1.4".Length..] + "\n";
        using var output = new MemoryStream();
        output.Write(Encoding.Latin1.GetBytes(header));
        var xrefStream = objectStream + 1;
        var entries = new (byte Type, int Field2, int Field3)[xrefStream + 1];
        entries[0] = (0, 0, 0xFFFF);

        foreach (var o in objects.Where(o => o.Stream is not null))
        {
            entries[o.Number] = (1, (int)output.Position, 0);
            output.Write(Encoding.Latin1.GetBytes($"{o.Number} 0 obj\n{o.Dictionary} stream\n"));
            output.Write(o.Stream);
            output.Write("\nendstream\nendobj\n"u8);
        }

        var packed = objects.Where(o => o.Stream is null).OrderBy(o => o.Number).ToList();
        var offsets = new StringBuilder();
        var bodies = new StringBuilder();
        for (var i = 0; i < packed.Count; i++)
        {
            entries[packed[i].Number] = (2, objectStream, i);
            offsets.Append(CultureInfo.InvariantCulture, $"{packed[i].Number} {bodies.Length} ");
            bodies.Append(packed[i].Dictionary).Append('\n');
        }
        var content = Encoding.Latin1.GetBytes(offsets.ToString() + bodies);
        WriteStream(output, objectStream, $"/Type /ObjStm\n/N {packed.Count}\n/First {offsets.Length}", Deflate(content), entries);

        entries[xrefStream] = (1, (int)output.Position, 0);
        var rows = new byte[entries.Length * 7];
        for (var n = 0; n < entries.Length; n++)
        {
            var (type, field2, field3) = entries[n];
            rows[n * 7] = type;
            System.Buffers.Binary.BinaryPrimitives.WriteInt32BigEndian(rows.AsSpan(n * 7 + 1), field2);
            System.Buffers.Binary.BinaryPrimitives.WriteUInt16BigEndian(rows.AsSpan(n * 7 + 5), (ushort)field3);
        }
        var xrefAt = output.Position;
        WriteStream(output, xrefStream, $"/Type /XRef\n/Size {entries.Length}\n/W [1 4 2]\n{trailerKeys}", Deflate(rows), entries: null);
        output.Write(Encoding.Latin1.GetBytes($"startxref\n{xrefAt}\n%%EOF\n"));
        return output.ToArray();
    }

    private static void WriteStream(MemoryStream output, int number, string keys, byte[] data, (byte, int, int)[]? entries)
    {
        if (entries is not null)
            entries[number] = (1, (int)output.Position, 0);
        output.Write(Encoding.Latin1.GetBytes($"{number} 0 obj\n<<{keys}\n/Filter /FlateDecode\n/Length {data.Length}>> stream\n"));
        output.Write(data);
        output.Write("\nendstream\nendobj\n"u8);
    }

    private static byte[] Deflate(byte[] data)
    {
        using var compressed = new MemoryStream();
        using (var zlib = new ZLibStream(compressed, CompressionLevel.SmallestSize))
            zlib.Write(data);
        return compressed.ToArray();
    }

    // Every "N 0 obj": its dictionary, and the stream data after it when there is one.
    private static List<PdfObject> Parse(string text, byte[] pdf)
    {
        var objects = new List<PdfObject>();
        var xref = text.LastIndexOf("\nxref\n", StringComparison.Ordinal);
        var at = text.IndexOf("\n1 0 obj\n", StringComparison.Ordinal) + 1;
        while (at > 0 && at < xref)
        {
            var space = text.IndexOf(' ', at);
            var number = int.Parse(text.AsSpan(at, space - at), CultureInfo.InvariantCulture);
            var start = text.IndexOf('\n', at) + 1;
            var end = DictionaryEnd(text, start);
            var dictionary = text[start..end];
            byte[]? stream = null;
            var after = end;
            if (text.AsSpan(end).StartsWith(" stream\n", StringComparison.Ordinal))
            {
                var length = int.Parse(Value(dictionary, "/Length"), CultureInfo.InvariantCulture);
                var data = end + " stream\n".Length;
                stream = pdf[data..(data + length)];
                after = data + length;
            }
            objects.Add(new PdfObject(number, dictionary, stream));
            at = text.IndexOf("endobj\n", after, StringComparison.Ordinal) + "endobj\n".Length;
        }
        return objects;
    }

    // The index just past the dictionary that starts at <paramref name="start"/>, skipping strings.
    private static int DictionaryEnd(string text, int start)
    {
        var depth = 0;
        for (var i = start; i < text.Length; i++)
        {
            switch (text[i])
            {
                case '(':
                    for (var nesting = 1; nesting > 0;)
                    {
                        i++;
                        if (text[i] == '\\')
                            i++;
                        else if (text[i] == '(')
                            nesting++;
                        else if (text[i] == ')')
                            nesting--;
                    }
                    break;
                case '<' when text[i + 1] == '<':
                    depth++;
                    i++;
                    break;
                case '<':
                    i = text.IndexOf('>', i);
                    break;
                case '>' when text[i + 1] == '>':
                    i++;
                    if (--depth == 0)
                        return i + 1;
                    break;
            }
        }
        throw new InvalidOperationException("Skia's PDF has an unterminated dictionary");
    }

    // Skia (with PDF/A on) hashes the clock into the document ID, and writes it as a hex or a literal string,
    // whichever is shorter for its bytes. The ID becomes a hash of everything else: the trailer's array is rewritten
    // (it follows the cross-reference table, so no offset moves) and the XMP DocumentID and InstanceID (fixed width)
    // are written in place.
    private static (byte[] Pdf, string Id) SetContentDocumentId(byte[] pdf)
    {
        var text = Encoding.Latin1.GetString(pdf);
        var idStart = text.LastIndexOf("/ID [", StringComparison.Ordinal) + "/ID [".Length;
        var idEnd = text.LastIndexOf("]>>", text.LastIndexOf("startxref", StringComparison.Ordinal), StringComparison.Ordinal);
        if (idStart < "/ID [".Length || idEnd < idStart)
            throw new InvalidOperationException("The PDF has no document ID in its trailer.");
        var uuids = new List<int>();
        for (var at = text.IndexOf("uuid:", StringComparison.Ordinal); at >= 0; at = text.IndexOf("uuid:", at + 1, StringComparison.Ordinal))
            uuids.Add(at + "uuid:".Length);
        foreach (var at in uuids)
            pdf.AsSpan(at, 36).Fill((byte)'0');
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(pdf.AsSpan(0, idStart));
        hash.AppendData(pdf.AsSpan(idEnd));
        var hex = Convert.ToHexString(hash.GetHashAndReset().AsSpan(0, 16));
        var uuid = $"{hex[..8]}-{hex[8..12]}-{hex[12..16]}-{hex[16..20]}-{hex[20..]}".ToLowerInvariant();
        foreach (var at in uuids)
            Encoding.Latin1.GetBytes(uuid).CopyTo(pdf, at);
        return ([.. pdf.AsSpan(0, idStart), .. Encoding.Latin1.GetBytes($"<{hex}> <{hex}>"), .. pdf.AsSpan(idEnd)], hex);
    }

    private static int Reference(string dictionary, string key) => int.Parse(Value(dictionary, key), CultureInfo.InvariantCulture);

    private static string Value(string dictionary, string key)
    {
        var at = dictionary.IndexOf(key + " ", StringComparison.Ordinal) + key.Length + 1;
        var end = at;
        while (end < dictionary.Length && char.IsAsciiDigit(dictionary[end]))
            end++;
        return dictionary[at..end];
    }

    // A text string as UTF-16BE with a byte order mark, in hex (ISO 32000-1 §7.9.2.2).
    private static string PdfString(string value) => "<FEFF" + Convert.ToHexString(Encoding.BigEndianUnicode.GetBytes(value)) + ">";
}
