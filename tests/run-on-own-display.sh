#!/usr/bin/env bash
# Runs one test on an X server of its own: Xvfb picks a free display and says which (no race
# between tests starting together), so screens tested side by side (ctest -j) never take each
# other's window activation or keyboard focus.
set -u
fifo=$(mktemp -u)
mkfifo "$fifo"
Xvfb -displayfd 3 -screen 0 1600x1000x24 -nolisten tcp 3>"$fifo" 2>/dev/null &
xvfb=$!
display=""
read -r display <"$fifo"
rm -f "$fifo"
if [ -z "$display" ]; then
    echo "run-on-own-display: Xvfb did not start" >&2
    exit 1
fi
trap 'kill "$xvfb" 2>/dev/null; wait "$xvfb" 2>/dev/null' EXIT
DISPLAY=":$display" "$@"
