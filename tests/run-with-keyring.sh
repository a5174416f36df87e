#!/usr/bin/env bash
# Runs one test with a real keychain: a D-Bus session of its own with GNOME Keyring's Secret
# Service in it, its keyring files in a throwaway home, unlocked with a throwaway password. What
# the test keeps there ends with it.
set -u
if [ -z "${OPEN211_IN_KEYRING_SESSION:-}" ]; then
    export OPEN211_IN_KEYRING_SESSION=1
    exec dbus-run-session -- "$0" "$@" 2> >(grep -v "Failed to set fd limit" >&2)
fi
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
export XDG_DATA_HOME="$scratch/data" XDG_RUNTIME_DIR="$scratch/run" XDG_CONFIG_HOME="$scratch/config"
mkdir -p "$XDG_DATA_HOME" "$XDG_RUNTIME_DIR" "$XDG_CONFIG_HOME"
chmod 700 "$XDG_RUNTIME_DIR"
eval "$(printf 'throwaway test keyring' | gnome-keyring-daemon --unlock --components=secrets)"
# The daemon leaves with the session bus when dbus-run-session ends.
"$@"
