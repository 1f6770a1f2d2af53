#!/usr/bin/env bash
# Checks the installed program as a user's PC would run it: no Python on PATH, no display, and
# no network socket opened (watched with strace when it is there). Exits non-zero on any failure.
#   bash build_spec/check_installed.sh [/usr/bin/styringsdialog]
set -euo pipefail
exe=${1:-/usr/bin/styringsdialog}
[ -x "$exe" ] || { echo "Fant ikke det installerte programmet: $exe" >&2; exit 1; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir "$work/empty-path" "$work/home"
# A clean environment: PATH names an empty folder, so no python, python3 or pip can be found.
run_clean() { env -i HOME="$work/home" PATH="$work/empty-path" LANG=C.UTF-8 QT_QPA_PLATFORM=offscreen "$@"; }
if run_clean /bin/sh -c 'command -v python3 || command -v python' >/dev/null; then
  echo "PATH har fortsatt Python; kontrollen er ikke gyldig." >&2; exit 1
fi

if command -v strace >/dev/null; then
  run_clean "$(command -v strace)" -f -qq -e trace=socket -o "$work/sockets.txt" "$exe" --self-test
  # Local sockets (AF_UNIX: the name service cache, the message bus) are not network.
  if grep -E 'socket\((AF_INET|AF_INET6|AF_PACKET)' "$work/sockets.txt"; then
    echo "FEIL: programmet åpnet en nettverkssocket under selvtesten (se linjene over)." >&2; exit 1
  fi
  echo "Ingen nettverkssocket: $(wc -l <"$work/sockets.txt") lokale socket-kall, ingen AF_INET/AF_INET6."
else
  run_clean "$exe" --self-test
fi
# Nothing was written in the user's home by the self-test.
if [ -n "$(ls -A "$work/home")" ]; then
  echo "FEIL: selvtesten skrev i brukerens hjemmemappe: $(ls -A "$work/home")" >&2; exit 1
fi
echo "Det installerte programmet besto selvtesten uten Python på PATH."
