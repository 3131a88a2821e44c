#!/usr/bin/env bash
# Does this Linux machine have the system libraries Qt's xcb platform plugin needs?
#
#   packaging/linux_qt_libs.sh           `make run`: checks only when a window will be shown
#                                        (DISPLAY or WAYLAND_DISPLAY set, QT_QPA_PLATFORM not
#                                        offscreen/minimal)
#   packaging/linux_qt_libs.sh --always  `make dist`: always (the build bundles them)
#
# Qt 6.5+ links its xcb plugin against the xcb-util libraries; a bare Debian or Ubuntu
# desktop lacks some of them, and Qt then stops with "Could not load the Qt platform
# plugin xcb" and a hint about xcb-cursor0 only, whichever library is really missing.
# The list below is what PySide6's libqxcb.so and libQt6XcbQpa.so link against (readelf -d),
# less glibc and libstdc++.
#
# Each library is looked up by its file name with `ldconfig -p` (whatever package provides
# it), else with `dpkg -s PACKAGE`.  Missing ones are named with their Debian/Ubuntu
# package; as root with apt-get they are installed, otherwise the apt-get line is printed
# and the exit status is 1.
set -euo pipefail

always=0
[ "${1:-}" = "--always" ] && always=1

[ "$(uname -s)" = Linux ] || exit 0
if [ "$always" = 0 ]; then
  case "${QT_QPA_PLATFORM:-}" in offscreen* | minimal*) exit 0 ;; esac
  [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ] || exit 0
fi

# library file name -> Debian/Ubuntu package
LIBS=(
  "libxcb-cursor.so.0 libxcb-cursor0"
  "libxcb-icccm.so.4 libxcb-icccm4"
  "libxcb-keysyms.so.1 libxcb-keysyms1"
  "libxcb-image.so.0 libxcb-image0"
  "libxcb-render-util.so.0 libxcb-render-util0"
  "libxcb-util.so.1 libxcb-util1"
  "libxcb-randr.so.0 libxcb-randr0"
  "libxcb-shape.so.0 libxcb-shape0"
  "libxcb-shm.so.0 libxcb-shm0"
  "libxcb-sync.so.1 libxcb-sync1"
  "libxcb-xfixes.so.0 libxcb-xfixes0"
  "libxcb-render.so.0 libxcb-render0"
  "libxcb-xkb.so.1 libxcb-xkb1"
  "libxcb.so.1 libxcb1"
  "libX11-xcb.so.1 libx11-xcb1"
  "libX11.so.6 libx11-6"
  "libxkbcommon.so.0 libxkbcommon0"
  "libxkbcommon-x11.so.0 libxkbcommon-x11-0"
  "libEGL.so.1 libegl1"
  "libGL.so.1 libgl1"
  "libfontconfig.so.1 libfontconfig1"
  "libfreetype.so.6 libfreetype6"
  "libglib-2.0.so.0 libglib2.0-0"
  "libdbus-1.so.3 libdbus-1-3"
)

ldconfig_bin=""
for candidate in ldconfig /sbin/ldconfig /usr/sbin/ldconfig; do
  if command -v "$candidate" >/dev/null 2>&1; then
    ldconfig_bin=$candidate
    break
  fi
done
cache=""
[ -n "$ldconfig_bin" ] && cache=$("$ldconfig_bin" -p 2>/dev/null || true)

have() {  # have SONAME PACKAGE
  if [ -n "$cache" ]; then
    awk -v lib="$1" '$1 == lib { found = 1 } END { exit !found }' <<<"$cache"
  elif command -v dpkg >/dev/null 2>&1; then
    dpkg -s "$2" >/dev/null 2>&1
  else
    return 0  # no way to tell: let Qt say it
  fi
}

find_missing() {
  missing_pkgs=()
  missing_libs=()
  local entry lib pkg
  for entry in "${LIBS[@]}"; do
    read -r lib pkg <<<"$entry"
    if ! have "$lib" "$pkg"; then
      missing_libs+=("$lib")
      missing_pkgs+=("$pkg")
    fi
  done
}

find_missing
[ "${#missing_pkgs[@]}" -eq 0 ] && exit 0

echo "Qt needs system libraries that are missing: ${missing_libs[*]}" >&2
if command -v apt-get >/dev/null 2>&1; then
  if [ "$(id -u)" = 0 ]; then
    echo "installing: ${missing_pkgs[*]}" >&2
    if ! DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing_pkgs[@]}" >/dev/null; then
      apt-get update -qq
      DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing_pkgs[@]}" >/dev/null
    fi
    [ -n "$ldconfig_bin" ] && cache=$("$ldconfig_bin" -p 2>/dev/null || true)
    find_missing
    [ "${#missing_pkgs[@]}" -eq 0 ] && exit 0
    echo "still missing after apt-get install: ${missing_libs[*]}" \
      "(a package is installed but its file is gone? try: apt-get install --reinstall ${missing_pkgs[*]})" >&2
    exit 1
  fi
  echo "Install them with:" >&2
  echo "  sudo apt-get install ${missing_pkgs[*]}" >&2
else
  echo "Install the packages of your distribution that provide them" \
    "(Debian/Ubuntu names: ${missing_pkgs[*]})." >&2
fi
exit 1
