#!/usr/bin/env bash
# Regenerates the embedded fonts: DejaVu Sans cut to the characters Kazakh/Russian/English documents use
# (Latin, Latin-1, Cyrillic with all Kazakh letters, punctuation, №, ₸, arrows). SkiaSharp embeds fonts whole,
# so a smaller font file means a smaller PDF and faster rendering. Needs Debian's fonttools (pyftsubset).
set -euo pipefail
cd "$(dirname "$0")"
ranges="U+0020-007E,U+00A0-00FF,U+0400-04FF,U+2010-2027,U+2030-203A,U+20B8,U+2116,U+2190-2193,U+2022,U+25CF"
for f in DejaVuSans DejaVuSans-Bold; do
  pyftsubset "/usr/share/fonts/truetype/dejavu/$f.ttf" --unicodes="$ranges" --layout-features='*' \
    --output-file="$f.ttf" --no-hinting --desubroutinize
done
ls -l ./*.ttf
