using System.Runtime.InteropServices;

namespace ReportFunctions.Pdf.Fonts;

/// <summary>
/// The part of HarfBuzz's hb-subset API that <see cref="TrueTypeSubsetter"/> needs. libHarfBuzzSharp (from the
/// HarfBuzzSharp.NativeAssets.* packages) exports these functions, but HarfBuzzSharp 8.3.1 has no managed wrapper
/// for them. Every pointer is an opaque HarfBuzz object, so the signatures are blittable and need no unsafe code.
/// </summary>
internal static class HarfBuzzSubset
{
    private const string Library = "libHarfBuzzSharp";

    /// <summary>HB_SUBSET_FLAGS_NO_HINTING: drop TrueType instructions and hinting tables.</summary>
    public const uint FlagsNoHinting = 0x1;

    /// <summary>HB_SUBSET_SETS_DROP_TABLE_TAG: the set of table tags left out of the subset.</summary>
    public const int SetsDropTableTag = 3;

    /// <summary>An OpenType table tag as HarfBuzz's hb_tag_t.</summary>
    public static uint Tag(string tag) => (uint)(tag[0] << 24 | tag[1] << 16 | tag[2] << 8 | tag[3]);

    // Returns a new face that is expensive to build and fast to subset from; thread-safe for concurrent plans.
    [DllImport(Library)]
    public static extern IntPtr hb_subset_preprocess(IntPtr source);

    [DllImport(Library)]
    public static extern IntPtr hb_subset_input_create_or_fail();

    [DllImport(Library)]
    public static extern void hb_subset_input_destroy(IntPtr input);

    // The sets below are owned by the input.
    [DllImport(Library)]
    public static extern IntPtr hb_subset_input_glyph_set(IntPtr input);

    [DllImport(Library)]
    public static extern IntPtr hb_subset_input_unicode_set(IntPtr input);

    [DllImport(Library)]
    public static extern IntPtr hb_subset_input_set(IntPtr input, int setType);

    [DllImport(Library)]
    public static extern uint hb_subset_input_get_flags(IntPtr input);

    [DllImport(Library)]
    public static extern void hb_subset_input_set_flags(IntPtr input, uint flags);

    [DllImport(Library)]
    public static extern IntPtr hb_subset_plan_create_or_fail(IntPtr face, IntPtr input);

    [DllImport(Library)]
    public static extern void hb_subset_plan_destroy(IntPtr plan);

    // Owned by the plan: read it before hb_subset_plan_destroy.
    [DllImport(Library)]
    public static extern IntPtr hb_subset_plan_old_to_new_glyph_mapping(IntPtr plan);

    [DllImport(Library)]
    public static extern IntPtr hb_subset_plan_execute_or_fail(IntPtr plan);

    [DllImport(Library)]
    public static extern void hb_set_add(IntPtr set, uint codepoint);

    [DllImport(Library)]
    public static extern uint hb_map_get(IntPtr map, uint key);

    // Serialises a face (here the subset result) into a font file.
    [DllImport(Library)]
    public static extern IntPtr hb_face_reference_blob(IntPtr face);

    [DllImport(Library)]
    public static extern void hb_face_destroy(IntPtr face);

    [DllImport(Library)]
    public static extern IntPtr hb_blob_get_data(IntPtr blob, out uint length);

    [DllImport(Library)]
    public static extern void hb_blob_destroy(IntPtr blob);
}
