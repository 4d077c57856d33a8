using ReportFunctions.Pdf.Fonts;
using ReportFunctions.Pdf.Layout;
using SkiaSharp;

namespace ReportFunctions.Pdf.Elements;

/// <summary>Children stacked top to bottom; a child marked keep-with-next moves to the next page with its successor.</summary>
internal sealed class Column : Element
{
    private readonly List<Entry> entries = [];
    private int current;
    private bool currentStarted;

    public void Add(Element element, float spaceBefore, bool keepWithNext) => entries.Add(new Entry(element, spaceBefore, keepWithNext));

    public override SpacePlan Measure(Size available)
    {
        var placements = Plan(available, out var reason, out var complete);
        if (placements.Count == 0)
            return complete ? SpacePlan.Empty : SpacePlan.Wrap(reason ?? "nothing fits");
        var height = placements[^1].Top + placements[^1].Height;
        return complete ? SpacePlan.Full(height) : SpacePlan.Partial(height);
    }

    public override void Draw(SKCanvas? canvas, DocumentFonts fonts, float x, float y, Size available)
    {
        var placements = Plan(available, out _, out var complete);
        foreach (var placement in placements)
        {
            var entry = entries[placement.Index];
            entry.Element.Draw(canvas, fonts, x, y + placement.Top, available with { Height = placement.Height });
            current = placement.Index;
            currentStarted = placement.Kind == SpacePlanKind.Partial;
            if (!currentStarted)
                current++;
        }
        if (complete)
            current = entries.Count;
    }

    public override void CollectGlyphs(DocumentFonts fonts)
    {
        foreach (var entry in entries)
            entry.Element.CollectGlyphs(fonts);
    }

    public override void Reset()
    {
        current = 0;
        currentStarted = false;
        foreach (var entry in entries)
            entry.Element.Reset();
    }

    // What goes on this page: whole children, then possibly part of one; complete when nothing is left after
    // them. Space before a child is dropped at the top of a page, as a word processor does.
    private List<Placement> Plan(Size available, out string? reason, out bool complete)
    {
        reason = null;
        complete = false;
        var placements = new List<Placement>();
        float top = 0;
        for (var i = current; i < entries.Count; i++)
        {
            var entry = entries[i];
            var atTop = placements.Count == 0;
            var space = atTop || (i == current && currentStarted) ? 0 : entry.SpaceBefore;
            var room = new Size(available.Width, available.Height - top - space);
            var plan = room.Height > 0 ? entry.Element.Measure(room) : SpacePlan.Wrap("no room left");
            if (plan.Kind == SpacePlanKind.Empty)
                continue;
            if (plan.Kind == SpacePlanKind.Wrap)
            {
                if (atTop)
                    reason = $"block {i + 1} does not fit on an empty page: {plan.Reason}";
                return placements;
            }
            if (plan.Kind == SpacePlanKind.Full && entry.KeepWithNext && !atTop && !NextFits(i, room.Height - plan.Height, available.Width))
            {
                // Rather than move a whole paragraph down with the block it is kept with (the last paragraph and
                // the signature), leave what it can spare here: a part, if the element allows one.
                if (LargestPart(entry.Element, room.Width, plan.Height) is { } part)
                    placements.Add(new Placement(i, top + space, part.Height, SpacePlanKind.Partial));
                return placements;
            }
            placements.Add(new Placement(i, top + space, plan.Height, plan.Kind));
            if (plan.Kind == SpacePlanKind.Partial)
                return placements;
            top += space + plan.Height;
        }
        complete = true;
        return placements;
    }

    // The tallest partial placement of `element` below `height`, found point by point (only when a
    // keep-with-next chain does not fit, so rarely); null when the element only goes whole, like a heading.
    private static SpacePlan? LargestPart(Element element, float width, float height)
    {
        for (var h = (float)Math.Floor(height - 0.5f); h > 0; h -= 1)
        {
            var plan = element.Measure(new Size(width, h));
            if (plan.Kind == SpacePlanKind.Partial)
                return plan;
            if (plan.Kind != SpacePlanKind.Full)
                return null;
        }
        return null;
    }

    // Does the block after `index` start in the space left? A chain of keep-with-next blocks (a signature's
    // issuer and date) must fit whole.
    private bool NextFits(int index, float height, float width)
    {
        for (var j = index + 1; j < entries.Count; j++)
        {
            height -= entries[j].SpaceBefore;
            if (height <= 0)
                return false;
            var plan = entries[j].Element.Measure(new Size(width, height));
            if (plan.Kind == SpacePlanKind.Empty)
                continue;
            if (plan.Kind != SpacePlanKind.Full || !entries[j].KeepWithNext)
                return plan.Kind != SpacePlanKind.Wrap;
            height -= plan.Height;
        }
        return true;
    }

    private sealed record Entry(Element Element, float SpaceBefore, bool KeepWithNext);

    private sealed record Placement(int Index, float Top, float Height, SpacePlanKind Kind);
}
