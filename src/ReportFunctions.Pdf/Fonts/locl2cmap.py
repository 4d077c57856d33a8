#!/usr/bin/python3
"""Point a font's cmap at the glyphs its 'locl' feature substitutes for one language (in place).

Usage: locl2cmap.py FONT.ttf [--lang ZHS]

Why: the engine shapes all text as zh-Hans, so HarfBuzz applies Noto CJK's ZHS 'locl' lookups and draws, for
" ' and the em dash (U+2014), glyphs that no cmap entry reaches. A PDF's ToUnicode map comes from the cmap, so those
glyphs extracted as U+0000 (or U+FFFD) unless a reader honours Skia's ActualText spans. With the cmap pointing at
the substituted glyphs, shaping draws the same glyphs as before and every one of them maps back to its character.
Only single substitutions of glyphs the cmap reaches are applied; the file is left untouched when there are none,
and a second run changes nothing.
"""
import argparse

from fontTools.ttLib import TTFont


def locl_substitutions(font, lang):
    if "GSUB" not in font:
        return {}
    gsub = font["GSUB"].table
    lookups = set()
    for script in gsub.ScriptList.ScriptRecord:
        if script.ScriptTag != "hani":  # the engine shapes every run with script Han
            continue
        for record in script.Script.LangSysRecord:
            if record.LangSysTag.strip() != lang:
                continue
            for index in record.LangSys.FeatureIndex:
                feature = gsub.FeatureList.FeatureRecord[index]
                if feature.FeatureTag == "locl":
                    lookups.update(feature.Feature.LookupListIndex)
    substitutions = {}
    for index in sorted(lookups):
        lookup = gsub.LookupList.Lookup[index]
        for subtable in lookup.SubTable:
            if lookup.LookupType == 7:  # extension: the real subtable is inside
                subtable = subtable.ExtSubTable
            substitutions.update(getattr(subtable, "mapping", None) or {})
    return substitutions


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("font")
    parser.add_argument("--lang", default="ZHS", help="OpenType language system tag")
    args = parser.parse_args()

    font = TTFont(args.font, recalcTimestamp=False)  # keep head.modified: reproducible output
    substitutions = locl_substitutions(font, args.lang)
    changed = 0
    for table in font["cmap"].tables:
        if not table.isUnicode():
            continue
        for code_point, glyph in table.cmap.items():
            if glyph in substitutions:
                table.cmap[code_point] = substitutions[glyph]
                changed += 1
    if changed:
        font.save(args.font)
    print(f"{args.font}: {changed} cmap entries point at {args.lang} 'locl' forms")


if __name__ == "__main__":
    main()
