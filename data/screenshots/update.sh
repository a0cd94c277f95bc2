#!/bin/sh
# update.sh BUILD_DIR [OUT_DIR]: every page, light and dark, wide and narrow, from the example data.
out="${2:-$(dirname "$0")}"; bin="$1/app/mptcp-settings/mptcp-settings"
for scheme in light dark; do
  for page in overview interfaces endpoints limits; do
    for size in wide narrow; do
      geo=1040x720; [ $size = narrow ] && geo=390x760
      scen=typical; [ $page = overview ] && scen=conflicts
      LANG=C.UTF-8 xvfb-run -a -s '-screen 0 1280x800x24' $bin --demo-fake --scenario $scen --page $page \
        --color-scheme $scheme --size $geo --screenshot "$out/$page-$scheme-$size.png" 2>/dev/null
    done
  done
done
# 2x scale and German, then shrink everything to 8-bit PNGs for the README.
QT_SCALE_FACTOR=2 xvfb-run -a -s '-screen 0 2200x1600x24' $bin --demo-fake --scenario conflicts --page overview \
  --color-scheme dark --size 1040x720 --screenshot "$out/overview-dark-wide-2x.png" 2>/dev/null
LANGUAGE=de LANG=de_DE.UTF-8 xvfb-run -a -s '-screen 0 1280x800x24' $bin --demo-fake --page interfaces \
  --color-scheme light --size 1040x720 --screenshot "$out/interfaces-light-wide-de.png" 2>/dev/null
for f in "$out"/*.png; do convert "$f" -strip -colors 256 "PNG8:$f"; done
