#!/usr/bin/env bash
# Regenerates every icon render from the SVG masters in this folder.
# Needs: rsvg-convert (librsvg2-bin), convert (imagemagick), png2icns (icnsutils).
#   Debian/Ubuntu: sudo apt-get install -y librsvg2-bin imagemagick icnsutils
# Output: icons/icon-<size>.png, icon.ico, icon.icns, and the window icons the app loads
# from src/main/resources/uk/cml/ui/icons/app-<size>.png.
set -euo pipefail
cd "$(dirname "$0")"

for tool in rsvg-convert convert png2icns; do
  command -v "$tool" >/dev/null || { echo "Missing $tool: install librsvg2-bin, imagemagick and icnsutils." >&2; exit 1; }
done

mkdir -p icons
for size in 16 24 32 48 64 128 256 512 1024; do
  # 16 px has its own pixel-snapped master; scaling the big one down blurs the pound sign.
  master=icon.svg
  [ "$size" -eq 16 ] && master=icon-small.svg
  rsvg-convert --width "$size" --height "$size" "$master" --output "icons/icon-$size.png"
done

# Windows: one .ico with the sizes Explorer, the taskbar and the Start menu ask for.
convert icons/icon-{16,24,32,48,64,128,256}.png icon.ico

# macOS: png2icns picks the icns slot from each PNG's size (it has no 24 or 64 px slots). 48 px is
# left out: it is a legacy slot macOS no longer uses, and libicns fails to write it beside 1024 px.
png2icns icon.icns icons/icon-{16,32,128,256,512,1024}.png >/dev/null

# Window icons for the running app (Stage.getIcons); JavaFX picks the closest size.
res=../src/main/resources/uk/cml/ui/icons
mkdir -p "$res"
for size in 16 32 64 256; do
  cp "icons/icon-$size.png" "$res/app-$size.png"
done
echo "Rendered icons into $(pwd)/icons, icon.ico, icon.icns and $res"
