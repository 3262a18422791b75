#!/usr/bin/env bash
# Makes sure a Thai body font is available to Saraban; run by the build (server module, initialize phase).
# Order: a font already in fonts/ -> the system font folders -> Debian's package, fetched by name without root
# (apt-get download) and unpacked into fonts/. Font files are never committed.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
package=fonts-tlwg-laksaman-ttf
wanted=Laksaman.ttf

if [ -f "$here/$wanted" ]; then
  exit 0
fi
for dir in /usr/share/fonts /usr/local/share/fonts "$HOME/.fonts" "$HOME/.local/share/fonts"; do
  if [ -d "$dir" ] && [ -n "$(find "$dir" -name "$wanted" -print -quit 2>/dev/null)" ]; then
    exit 0
  fi
done

if ! command -v apt-get >/dev/null 2>&1 || ! command -v dpkg-deb >/dev/null 2>&1; then
  echo "Saraban needs a Thai font: put Laksaman.ttf (Debian package $package) or your agency's" \
       "TH Sarabun files into fonts/, then build again." >&2
  exit 1
fi

work="$here/.download"
rm -rf "$work" && mkdir -p "$work"
cd "$work"
if ! apt-get download "$package" >/dev/null 2>&1; then
  # The package lists may be missing on a fresh machine; refreshing them needs root.
  if [ "$(id -u)" = 0 ]; then
    apt-get update -qq >/dev/null
    apt-get download "$package" >/dev/null 2>&1
  else
    echo "Could not download $package: run 'sudo apt-get update' once, or put Laksaman.ttf into fonts/." >&2
    exit 1
  fi
fi
dpkg-deb -x ./*.deb unpacked
find unpacked -name 'Laksaman*.ttf' -exec cp {} "$here/" \;
cp unpacked/usr/share/doc/$package/copyright "$here/Laksaman.copyright" 2>/dev/null || true
cd "$here" && rm -rf "$work"
[ -f "$here/$wanted" ] || { echo "$package did not contain $wanted" >&2; exit 1; }
echo "Fetched the Laksaman font family into fonts/ (Debian package $package)."
