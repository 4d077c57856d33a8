#!/usr/bin/env bash
# Rebuilds the bundled font subsets from Debian's fonts-noto-cjk (SIL OFL 1.1). Run once by hand, not in CI:
#   apt-get install -y fonts-noto-cjk python3-fonttools && ./build-fonts.sh
# Each .ttc holds JP, KR, SC, TC, HK faces; index 2 is SC. Output is CFF-flavoured OpenType (.otf), which
# Skia's PDF backend embeds as compact per-document glyph subsets.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
src=/usr/share/fonts/opentype/noto
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

extract() { # collection face-index output
  /usr/bin/python3 -c "from fontTools.ttLib import TTCollection; TTCollection('$1').fonts[$2].save('$3')"
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

extract "$src/NotoSerifCJK-Regular.ttc" 2 "$work/serif-regular.otf"
extract "$src/NotoSerifCJK-Bold.ttc" 2 "$work/serif-bold.otf"
extract "$src/NotoSansCJK-Bold.ttc" 2 "$work/sans-bold.otf"
subset "$work/serif-regular.otf" "$here/NotoSerifCJKsc-Regular.otf" "$body_unicodes" &
subset "$work/serif-bold.otf" "$here/NotoSerifCJKsc-Bold.otf" "$heading_unicodes" &
subset "$work/sans-bold.otf" "$here/NotoSansCJKsc-Bold.otf" "$heading_unicodes" &
wait
ls -l "$here"/*.otf
