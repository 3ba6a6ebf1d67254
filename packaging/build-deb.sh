#!/usr/bin/env bash
# `make deb`: a Debian package around the frozen folder of `make dist`.
#
#   packaging/build-deb.sh [dist/workstation] [OUTDIR]     -> OUTDIR/workstation_VERSION_ARCH.deb
#
# /opt/workstation/            the frozen folder as PyInstaller left it (window, CLI, sandbox, _internal)
# /usr/bin/workstation         -> /opt/workstation/workstation
# /usr/bin/workstation-cli     -> /opt/workstation/workstation-cli
# /usr/share/applications/workstation.desktop, and the icon when resources/ has one
#   (resources/icons/workstation.{svg,png}: hicolor scalable or 256x256)
# Depends: the system libraries of .ci/system-deps (the one list; "new|old" names become
# "new | old"), plus the four every Python needs; Recommends: its optional ones.
# Built with dpkg-deb as an ordinary file tree (root-owned inside, whoever builds it).
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
folder=$(cd "${1:-$here/dist/workstation}" && pwd)
outdir=${2:-$here/dist}
for p in workstation workstation-cli workstation-sandbox; do
  [ -x "$folder/$p" ] || { echo "build-deb: $folder/$p missing: run make dist first" >&2; exit 2; }
done
command -v dpkg-deb >/dev/null || { echo "build-deb: needs dpkg-deb (Debian/Ubuntu)" >&2; exit 2; }

version=$(sed -n 's/^version *= *"\(.*\)"/\1/p' "$here/pyproject.toml" | head -n1)
arch=$(dpkg --print-architecture)
deps() {  # .ci/system-deps --list[-optional] -> "a, b | c, ..."
  local out=() p
  for p in $("$here/.ci/system-deps" "$1"); do out+=("${p//|/ | }"); done
  local IFS=,; echo "${out[*]}" | sed 's/,/, /g'
}

stage=$(mktemp -d "${TMPDIR:-/tmp}/ws-deb.XXXXXX")
trap 'rm -rf "$stage"' EXIT
mkdir -p "$stage/DEBIAN" "$stage/opt" "$stage/usr/bin" "$stage/usr/share/applications"
cp -a "$folder" "$stage/opt/workstation"
ln -s /opt/workstation/workstation "$stage/usr/bin/workstation"
ln -s /opt/workstation/workstation-cli "$stage/usr/bin/workstation-cli"

icon_line=
for ext in svg png; do
  src=$here/resources/icons/workstation.$ext
  [ -f "$src" ] || continue
  size=scalable; [ "$ext" = png ] && size=256x256
  install -D -m 0644 "$src" "$stage/usr/share/icons/hicolor/$size/apps/workstation.$ext"
  icon_line="Icon=workstation"
  break
done
cat >"$stage/usr/share/applications/workstation.desktop" <<EOF
[Desktop Entry]
Type=Application
Name=Warehouse workstation
Name[ru]=Рабочее место склада
Name[zh_CN]=仓库工作站
Comment=Purchasing on Taobao Global and 1688.com, receiving parcels
Exec=/usr/bin/workstation
${icon_line}
Terminal=false
Categories=Office;
EOF
sed -i '/^$/d' "$stage/usr/share/applications/workstation.desktop"

size_kb=$(du -sk --exclude=DEBIAN "$stage" | cut -f1)
cat >"$stage/DEBIAN/control" <<EOF
Package: workstation
Version: $version
Architecture: $arch
Maintainer: Warehouse workstation developers <workstation@localhost>
Installed-Size: $size_kb
Section: misc
Priority: optional
Depends: libc6, libstdc++6, libgcc-s1, zlib1g, $(deps --list)
Recommends: $(deps --list-optional)
Description: Warehouse workstation for purchasing agents
 A desktop program for purchasing-agent businesses that buy goods on Taobao Global and
 1688.com: book order lines, scan incoming parcels, set providers up. The frozen build:
 Python and Qt are inside /opt/workstation.
EOF
chmod -R u+rwX,go+rX,go-w "$stage"
mkdir -p "$outdir"
deb=$outdir/workstation_${version}_${arch}.deb
# gzip: every dpkg and apt reads it; -z6 keeps the build near a minute for ~660 MB.
dpkg-deb --root-owner-group -Zgzip -z6 --build "$stage" "$deb" >/dev/null
echo "$deb ($(du -h "$deb" | cut -f1), installs $((size_kb / 1024)) MB)"
