#!/usr/bin/python3
"""Convert a CFF-flavoured OpenType font (.otf) to TrueType outlines (.ttf) and rescale it (a .ttf is only rescaled).

Usage: otf2ttf.py IN.otf OUT.ttf [--max-err 2] [--upem 500]

Why: Skia's PDF backend embeds TrueType (glyf) fonts as compact CID TrueType subsets, while CFF
fonts end up as Type 3 fonts. The cubic curves are approximated by quadratics (cu2qu) within
--max-err font units (of the source UPM); the font is then rescaled to --upem units per em, which
shrinks coordinates and so the glyf table. Glyph order and ids are unchanged, so cmap, hmtx and
OpenType layout (GSUB/GPOS) keep working; scale_upem rescales the metrics and layout values.
Based on fontTools' Snippets/otf2ttf.py.
"""
import argparse
import time

from fontTools.pens.cu2quPen import Cu2QuPen
from fontTools.pens.ttGlyphPen import TTGlyphPen
from fontTools.ttLib import TTFont, newTable
from fontTools.ttLib.scaleUpem import scale_upem


def cff_to_glyf(font, max_err):
    order = font.getGlyphOrder()
    glyph_set = font.getGlyphSet()
    glyphs = {}
    for name in order:
        pen = TTGlyphPen(None)
        # CFF contours run counter-clockwise, TrueType ones clockwise: reverse while converting.
        glyph_set[name].draw(Cu2QuPen(pen, max_err, reverse_direction=True))
        glyphs[name] = pen.glyph()

    font["loca"] = newTable("loca")
    glyf = font["glyf"] = newTable("glyf")
    glyf.glyphOrder = order
    glyf.glyphs = glyphs
    del font["CFF "]
    if "VORG" in font:  # CFF-only table; TrueType vertical origins come from glyf + vmtx
        del font["VORG"]
    glyf.compile(font)  # computes the glyph bounding boxes used below

    # TrueType expects left side bearing == xMin.
    hmtx = font["hmtx"]
    for name, glyph in glyphs.items():
        advance, _ = hmtx.metrics[name]
        hmtx.metrics[name] = (advance, glyph.xMin if glyph.numberOfContours else 0)

    # Version 1.0 maxp; the remaining fields (maxPoints, maxContours, ...) are recomputed on save.
    maxp = font["maxp"] = newTable("maxp")
    maxp.tableVersion = 0x00010000
    maxp.maxZones = 1
    for field in ("maxTwilightPoints", "maxStorage", "maxFunctionDefs", "maxInstructionDefs",
                  "maxStackElements", "maxSizeOfInstructions", "maxComponentElements"):
        setattr(maxp, field, 0)

    post = font["post"]  # format 3: no glyph names (they are not needed and cost space)
    post.formatType = 3.0
    post.extraNames = []
    post.mapping = {}
    font["head"].glyphDataFormat = 0
    font.sfntVersion = "\x00\x01\x00\x00"


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("input")
    parser.add_argument("output")
    parser.add_argument("--max-err", type=float, default=2.0, help="cu2qu tolerance in source font units")
    parser.add_argument("--upem", type=int, default=500, help="units per em of the output font")
    args = parser.parse_args()

    start = time.monotonic()
    font = TTFont(args.input, recalcTimestamp=False)  # keep head.modified: reproducible output
    # A TrueType input (LXGW WenKai) keeps its quadratic outlines and is only rescaled.
    if font.sfntVersion == "OTTO":
        cff_to_glyf(font, args.max_err)
    elif "glyf" not in font:
        parser.error(f"{args.input} has neither CFF nor TrueType outlines")
    if args.upem != font["head"].unitsPerEm:
        scale_upem(font, args.upem)
    font.save(args.output)
    print(f"{args.output}: {len(font.getGlyphOrder())} glyphs, {time.monotonic() - start:.0f} s")


if __name__ == "__main__":
    main()
