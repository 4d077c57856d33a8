#!/usr/bin/env bash
# Rebuilds the bundled fonts from Debian's fonts-noto-cjk (SIL OFL 1.1). Run once by hand, not in CI:
#   apt-get install -y fonts-noto-cjk python3-fonttools && ./build-fonts.sh
# Each .ttc holds JP, KR, SC, TC, HK faces; index 2 is SC. The faces are subset to the characters a report
# needs, then converted from CFF to TrueType outlines and rescaled to 500 units/em by otf2ttf.py (next to this
# script): Skia's PDF backend embeds TrueType fonts as compact CID TrueType subsets, but CFF ones as Type 3 fonts.
# Takes about 3 minutes on 2 cores; the two heading faces are built one after the other beside the body face.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
src=/usr/share/fonts/opentype/noto
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

extract() { # collection face-index output; keeps head.modified so rebuilding gives identical files
  /usr/bin/python3 -c "from fontTools.ttLib import TTCollection; TTCollection('$1', recalcTimestamp=False).fonts[$2].save('$3')"
}

# Text a Chinese government report can contain.
symbols="U+0020-007E,U+00A0-017F,U+02C6-02DD,U+0370-03FF,U+0400-045F,U+2000-206F,U+20AC,U+2100-218F,U+2190-21FF,U+2200-22FF,U+2460-24FF,U+2500-257F,U+25A0-25FF,U+2600-26FF,U+3000-303F,U+3200-32FF,U+3300-33FF,U+FE10-FE1F,U+FE30-FE4F,U+FF00-FFEF"
# Body face: every CJK Unified Ideograph (U+4E00-9FFF), Extension A and the compatibility block.
body_unicodes="$symbols,U+3400-4DBF,U+4E00-9FFF,U+F900-FAFF"
# Title and heading faces: GB 2312 (6,763 hanzi); the layout engine falls back to the body face per character.
gb2312=$(/usr/bin/python3 -c "
cps = set()
for hi in range(0xB0, 0xF8):
    for lo in range(0xA1, 0xFF):
        try: cps.add(ord(bytes([hi, lo]).decode('gb2312')))
        except UnicodeDecodeError: pass
print(','.join('U+%04X' % c for c in sorted(cps)))")
heading_unicodes="$symbols,$gb2312"

subset() { # input output unicodes
  /usr/bin/python3 -m fontTools.subset "$1" --output-file="$2" --unicodes="$3" \
    --layout-features+=vert,vrt2,halt,palt,vhal,vpal --no-hinting --notdef-outline --name-IDs='*' --name-languages='*'
}

build() { # collection name unicodes
  extract "$src/$1" 2 "$work/$2-full.otf"
  subset "$work/$2-full.otf" "$work/$2.otf" "$3"
  # cu2qu tolerance 2 units (of 1000/em), then 500 units/em: the smallest files with no visible change.
  /usr/bin/python3 "$here/otf2ttf.py" "$work/$2.otf" "$here/$2.ttf" --max-err 2 --upem 500
}

build NotoSerifCJK-Regular.ttc NotoSerifCJKsc-Regular "$body_unicodes" &
body=$!
{ build NotoSerifCJK-Bold.ttc NotoSerifCJKsc-Bold "$heading_unicodes" &&
  build NotoSansCJK-Bold.ttc NotoSansCJKsc-Bold "$heading_unicodes"; } &
headings=$!
status=0
wait "$body" || status=1
wait "$headings" || status=1
[ "$status" -eq 0 ] || { echo "build-fonts.sh: a face failed to build" >&2; exit 1; }
ls -l "$here"/*.ttf
