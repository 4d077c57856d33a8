namespace ReportFunctions.Pdf.Layout;

/// <summary>An element's answer to "how much of you fits here?" (QuestPDF's SpacePlan).</summary>
internal readonly record struct SpacePlan(SpacePlanKind Kind, float Height, string? Reason = null)
{
    public static SpacePlan Empty { get; } = new(SpacePlanKind.Empty, 0);

    public static SpacePlan Wrap(string reason) => new(SpacePlanKind.Wrap, 0, reason);

    public static SpacePlan Partial(float height) => new(SpacePlanKind.Partial, height);

    public static SpacePlan Full(float height) => new(SpacePlanKind.Full, height);
}
