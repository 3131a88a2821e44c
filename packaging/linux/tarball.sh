#!/usr/bin/env bash
# dist/genwerkt-VERSION-linux-x86_64.tar.gz from the PyInstaller folder dist/genwerkt:
#   genwerkt-VERSION/{genwerkt, genwerkt-desktop, _internal/, genwerkt.desktop,
#                     genwerkt.svg, install.sh, README.txt}
# Run from the repository root (make dist does): packaging/linux/tarball.sh VERSION
set -euo pipefail
version=$1
arch=$(uname -m)
name=genwerkt-$version
stage=build/tarball
out=dist/$name-linux-$arch.tar.gz
[ -x dist/genwerkt/genwerkt-desktop ] || { echo "tarball.sh: build dist/genwerkt first" >&2; exit 2; }
rm -rf "$stage" "$out"
mkdir -p "$stage/$name"
cp -a dist/genwerkt/. "$stage/$name/"
install -m644 packaging/genwerkt.desktop "$stage/$name/genwerkt.desktop"
install -m644 resources/icons/genwerkt.svg "$stage/$name/genwerkt.svg"
install -m755 packaging/linux/install.sh "$stage/$name/install.sh"
cat >"$stage/$name/README.txt" <<TXT
genwerkt $version for Linux ($arch)

Start without installing:   ./genwerkt-desktop      (the console program: ./genwerkt --help)
Install for this user:      ./install.sh            (menu entry, icon, ~/.local/bin links)
Remove again:               ./install.sh --remove   (your data folder stays)

The folder carries Qt and the xcb libraries Qt needs (libxcb-cursor0 and friends); the
machine needs an X11 or Wayland desktop with libxcb1, libgl1 and libegl1, which every
desktop has.  Licence: EUPL-1.2, official text: https://eur-lex.europa.eu/eli/dec_impl/2017/863/oj
TXT
tar -C "$stage" --owner=0 --group=0 -czf "$out" "$name"
rm -rf "$stage"
echo "$out"
