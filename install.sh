#!/usr/bin/env bash
# Installs Styringsdialog into ./.venv on a fresh Debian/Ubuntu machine (or any Linux/macOS
# with Python >= 3.11): the system libraries Qt needs, the program, and its translations.
#   ./install.sh          the program
#   ./install.sh --test   the program and what the tests need
set -euo pipefail
cd "$(dirname "$0")"

extras=""
[ "${1:-}" = "--test" ] && extras="[test]"

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; elif command -v sudo >/dev/null; then sudo "$@"; else return 1; fi; }

# Qt's xcb/offscreen platform plugins load these at run time; python3-venv makes the venv;
# libpq5 is PostgreSQL's client library, which psycopg uses to reach a shared server;
# poppler-utils and graphviz serve the tests (PDF to PNG) and the benchmarks (dot).
apt_packages=(python3-venv libegl1 libgl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libdbus-1-3
              libglib2.0-0 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0 libxcb-xinerama0
              libxcb-randr0 libxcb-render-util0 libxcb-image0 fonts-dejavu-core libpq5)
# Tests and benchmarks: PDF to PNG (poppler), Graphviz dot and LibreOffice Writer as peers,
# strace to prove the program opens no network socket.
[ -n "$extras" ] && apt_packages+=(poppler-utils graphviz libreoffice-writer-nogui libreoffice-calc-nogui strace)
if command -v apt-get >/dev/null && command -v dpkg-query >/dev/null; then
  missing=()
  for p in "${apt_packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  if [ ${#missing[@]} -gt 0 ]; then
    echo "Installerer systempakker: ${missing[*]}"
    as_root apt-get update -qq && as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" \
      || echo "Advarsel: fikk ikke installert ${missing[*]} (mangler rettigheter?)." >&2
  fi
fi

python=${PYTHON:-python3}
"$python" -c 'import sys; sys.exit(sys.version_info < (3, 11))' \
  || { echo "Styringsdialog trenger Python 3.11 eller nyere." >&2; exit 1; }
[ -x .venv/bin/python ] || "$python" -m venv .venv
.venv/bin/python -m pip install --quiet --upgrade pip
.venv/bin/python -m pip install --quiet -e ".$extras"
.venv/bin/python -m ui.i18n >/dev/null   # compile the .ts translations to .qm
echo "Styringsdialog er installert i $(pwd)/.venv"
