#!/usr/bin/env bash
# Rebuilds the bundled fonts from Debian packages. Run once by hand, not in CI:
#   apt-get install -y fonts-noto-cjk fonts-lxgw-wenkai texlive-lang-chinese python3-fonttools && ./build-fonts.sh
# The 公文 roles (GB/T 9704-2012) with open faces:
#   宋 fallback, page numbers  Noto Serif CJK SC Regular  SIL OFL 1.1  (fonts-noto-cjk)        OFL.txt
#   title (小标宋 stand-in)    Noto Serif CJK SC Bold     SIL OFL 1.1  (fonts-noto-cjk)        OFL.txt
#   黑体 "一、" headings       Noto Sans CJK SC Regular   SIL OFL 1.1  (fonts-noto-cjk)        OFL.txt
#   仿宋 body                  FandolFang Regular         GPL-3 + font exception (texlive-lang-chinese)  Fandol-LICENSE.txt
#   楷体 "（一）" headings, notes  LXGW WenKai Regular, renamed WenKaiGB  SIL OFL 1.1  (fonts-lxgw-wenkai)  WenKai-OFL.txt
# Each Noto .ttc holds JP, KR, SC, TC, HK faces; index 2 is SC. The faces are subset to the characters a report
# needs, CFF ones converted to TrueType outlines, and rescaled (500 units/em, fewer for the faces added for
# the 公文 roles, see make_ttf) by otf2ttf.py (next to this script): Skia's PDF backend embeds TrueType fonts
# as compact CID TrueType subsets, but CFF ones as Type 3 fonts. locl2cmap.py then maps " ' and — to the forms
# HarfBuzz substitutes for zh-Hans, so every drawn glyph has a cmap entry and so a ToUnicode entry.
# Only the 宋 face covers every CJK ideograph; the others carry GB 2312 and the engine falls back per character.
# Takes about 6 minutes on 2 cores: the full 宋 face in one job, the GB 2312 faces one after another in a second.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
src=/usr/share/fonts/opentype/noto
fandol=/usr/share/texlive/texmf-dist/fonts/opentype/public/fandol/FandolFang-Regular.otf
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

build() { # collection name unicodes [units-per-em]
  extract "$src/$1" 2 "$work/$2-full.otf"
  make_ttf "$work/$2-full.otf" "$2" "$3" "" "${4:-}"
}

make_ttf() { # font name unicodes [family] [units-per-em]
  subset "$1" "$work/$2.otf" "$3"
  # OFL reserved font names ("LXGW", "霞鹜") may not name a modified font, and a subset is one: rename it.
  [ -z "${4:-}" ] || /usr/bin/python3 -c "
from fontTools.ttLib import TTFont
f = TTFont('$work/$2.otf', recalcTimestamp=False)
for r in f['name'].names:
    if r.nameID in (1, 3, 4, 6, 16, 17):
        r.string = {1: '$4', 16: '$4', 3: '$4-Regular', 4: '$4', 6: '$4-Regular'}.get(r.nameID, 'Regular')
f.save('$work/$2.otf')"
  # cu2qu tolerance 2 units (of 1000/em), then 500 units/em: the smallest files with no visible change. The
  # 宋 face (tables, page numbers, fallback; 250 since the PDF/A metadata and bookmarks of #15 needed the room)
  # and the faces added for the 公文 roles use 4 units and 250; FandolFang, whose outlines carry twice Noto's points,
  # 128: 1/128 em is 0.044 mm in 16 pt body text (one 600 dpi printer dot), and the seed PDF, which embeds five
  # faces, stays ≤ 150 KB (200 units/em gave 155 KB).
  local err=2 upem=500
  [ -z "${5:-}" ] || { err=4; upem=$5; }
  /usr/bin/python3 "$here/otf2ttf.py" "$work/$2.otf" "$here/$2.ttf" --max-err "$err" --upem "$upem"
  # The engine shapes as zh-Hans: the cmap points at the ZHS 'locl' forms it draws, so the PDF's ToUnicode covers them.
  /usr/bin/python3 "$here/locl2cmap.py" "$here/$2.ttf" --lang ZHS
}

build NotoSerifCJK-Regular.ttc NotoSerifCJKsc-Regular "$body_unicodes" 250 &
body=$!
{ build NotoSerifCJK-Bold.ttc NotoSerifCJKsc-Bold "$heading_unicodes" &&
  build NotoSansCJK-Regular.ttc NotoSansCJKsc-Regular "$heading_unicodes" 250 &&
  make_ttf "$fandol" FandolFang-Regular "$heading_unicodes" "" 128 &&
  make_ttf /usr/share/fonts/truetype/lxgw-wenkai/LXGWWenKai-Regular.ttf WenKaiGB-Regular "$heading_unicodes" WenKaiGB 250; } &
headings=$!
status=0
wait "$body" || status=1
wait "$headings" || status=1
[ "$status" -eq 0 ] || { echo "build-fonts.sh: a face failed to build" >&2; exit 1; }
ls -l "$here"/*.ttf
