#!/usr/bin/env bash
# Install this genwerkt folder for the current user (no root needed):
#   ./install.sh            copies the programs to ~/.local/opt/genwerkt, links them into
#                           ~/.local/bin and adds the menu entry and the icon
#   ./install.sh --remove   removes all of that again; the data folder
#                           (~/.local/share/genwerkt: the encrypted store and its backups)
#                           is never touched
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
data_home=${XDG_DATA_HOME:-$HOME/.local/share}
opt=$HOME/.local/opt/genwerkt
bin=$HOME/.local/bin
apps=$data_home/applications
icons=$data_home/icons/hicolor/scalable/apps

if [ "${1:-}" = "--remove" ]; then
  rm -f "$bin/genwerkt" "$bin/genwerkt-desktop" "$apps/genwerkt.desktop" "$icons/genwerkt.svg"
  rm -rf "$opt"
  echo "genwerkt removed; your data in $data_home/genwerkt is still there."
  exit 0
fi

mkdir -p "$opt" "$bin" "$apps" "$icons"
rm -rf "${opt:?}/_internal"
cp -a "$here/genwerkt" "$here/genwerkt-desktop" "$here/_internal" "$opt/"
ln -sf "$opt/genwerkt" "$bin/genwerkt"
ln -sf "$opt/genwerkt-desktop" "$bin/genwerkt-desktop"
install -m644 "$here/genwerkt.svg" "$icons/genwerkt.svg"
# The menu entry starts the installed program by its full path (quoted: $HOME may
# contain a space), so it works whether or not ~/.local/bin is on the PATH.
sed "s|^Exec=.*|Exec=\"$opt/genwerkt-desktop\"|" "$here/genwerkt.desktop" >"$apps/genwerkt.desktop"
chmod 644 "$apps/genwerkt.desktop"
if command -v update-desktop-database >/dev/null 2>&1; then
  update-desktop-database -q "$apps" || true
fi
echo "genwerkt installed in $opt; start it from the menu or with: genwerkt-desktop"
case ":$PATH:" in *":$bin:"*) ;; *) echo "(add $bin to your PATH to use the genwerkt command)" ;; esac
