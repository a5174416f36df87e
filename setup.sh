#!/usr/bin/env bash
# Open 211 Workstation: installs what the build needs from Debian 12's packages (skipping what is
# already there), builds, then runs the workstation or the whole test suite.
#
#   ./setup.sh run [open211 options]   install, build, open the workstation on its demo data
#   ./setup.sh test                     install, build, run every test headless
#   ./setup.sh build                    install and build only
set -euo pipefail
cd "$(dirname "$0")"

PACKAGES=(
    cmake ninja-build g++ pkg-config git
    qt6-base-dev qt6-webengine-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
    libqt6sql6-sqlite libqt6sql6-psql qt6-httpserver-dev qt6-websockets-dev qtkeychain-qt6-dev
    libcurl4-openssl-dev libsqlite3-dev libsimdjson-dev libsodium-dev libgl-dev
    postgresql openssl xvfb xauth fonts-dejavu-core
    dpkg-dev appstream
    gnome-keyring libsecret-1-0 dbus
)
BUILD_DIR=${OPEN211_BUILD_DIR:-build}

install_packages() {
    local missing=() p
    for p in "${PACKAGES[@]}"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    echo "setup: installing ${missing[*]}"
    local sudo=()
    [ "$(id -u)" -ne 0 ] && sudo=(sudo)
    "${sudo[@]}" apt-get update -qq
    DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq "${missing[@]}" >/dev/null
}

build() {
    cmake -S . -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
    cmake --build "$BUILD_DIR" -j"$(nproc)"
}

run_tests() {
    export QTWEBENGINE_CHROMIUM_FLAGS="--disable-gpu"
    [ "$(id -u)" -eq 0 ] && export QTWEBENGINE_DISABLE_SANDBOX=1
    # WebEngine needs a real X server; widget-only tests run on the offscreen platform.
    xvfb-run -a -s "-screen 0 1600x1000x24" \
        ctest --test-dir "$BUILD_DIR" --output-on-failure -j"$(nproc)" --timeout 900
}

# Builds the Debian packages, checks the AppStream metadata, installs the workstation's package
# with dpkg and starts the installed program headless: --version, then every screen rendered.
package_and_check() {
    rm -rf "$BUILD_DIR/package"
    (cd "$BUILD_DIR" && cpack -G DEB -B package >/dev/null)
    local deb
    deb=$(ls "$BUILD_DIR"/package/open211-workstation_*.deb)
    appstreamcli validate --no-net --pedantic installer/linux/ca.open211.Workstation.metainfo.xml
    local sudo=()
    [ "$(id -u)" -ne 0 ] && sudo=(sudo)
    "${sudo[@]}" dpkg -i "$deb" >/dev/null
    dpkg -L open211-workstation | grep -q '/usr/share/applications/ca.open211.Workstation.desktop'
    dpkg -L open211-workstation | grep -q '/usr/share/metainfo/ca.open211.Workstation.metainfo.xml'
    dpkg -L open211-workstation | grep -q '/usr/share/icons/hicolor/scalable/apps/ca.open211.Workstation.svg'
    /usr/bin/open211 --version
    local tmp
    tmp=$(mktemp -d)
    xvfb-run -a -s "-screen 0 1600x1000x24" \
        /usr/bin/open211 --data-dir "$tmp/profile" --screenshots "$tmp/screens" >"$tmp/log" 2>&1 \
        || { cat "$tmp/log" >&2; echo "setup: the installed open211 failed" >&2; exit 1; }
    local shots
    shots=$(ls "$tmp"/screens/*.png | wc -l)
    rm -rf "$tmp"
    [ "$shots" -gt 10 ] || { echo "setup: the installed open211 rendered $shots screens" >&2; exit 1; }
    echo "setup: $(basename "$deb") installed; the installed open211 started and rendered $shots screens"
}

cmd=${1:-run}
[ $# -gt 0 ] && shift
case "$cmd" in
    run)
        install_packages
        build
        exec "$BUILD_DIR/app/open211" "$@"
        ;;
    test)
        install_packages
        build
        run_tests
        package_and_check
        ;;
    build)
        install_packages
        build
        ;;
    *)
        echo "usage: $0 run|test|build" >&2
        exit 2
        ;;
esac
