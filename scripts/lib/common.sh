# SPDX-License-Identifier: GPL-3.0-or-later
# Shared by scripts/test and scripts/run-demo: install what is missing, configure, build.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
# CI may run us without HOME; ccache and the keyring need one.
: "${HOME:=$(getent passwd "$(id -u)" | cut -d: -f6)}"
: "${HOME:=/root}"
export HOME
BUILD_DIR="${BUILD_DIR:-$ROOT/build}"

# Debian 12 packages: toolchain, Qt 6.4 (Widgets, Network, Sql, HttpServer, Pdf, Charts, Test,
# Linguist),
# QtKeychain, libsodium, OpenSSL (libcrypto), zlib, zstd, gumbo, libzip (project exports),
# zxcvbn (new passwords' strength); gnome-keyring and D-Bus for the real keychain; Xvfb for a
# display.
PACKAGES=(
    cmake ninja-build g++ pkg-config ccache
    qt6-base-dev qt6-httpserver-dev qt6-websockets-dev qt6-pdf-dev qt6-charts-dev libqt6opengl6-dev
    qt6-tools-dev qt6-tools-dev-tools
    qt6-l10n-tools qt6-translations-l10n libqt6sql6-sqlite libqt6sql6-psql qtkeychain-qt6-dev
    libsodium-dev libssl-dev zlib1g-dev libzstd-dev libgumbo-dev libzip-dev libzxcvbn-dev libgl-dev libegl-dev libxkbcommon-dev
    gnome-keyring libsecret-1-0 dbus dbus-x11 xvfb xauth
    fonts-dejavu-core curl
)

# Only the tests need a PostgreSQL server (a throwaway cluster; the demo runs on SQLite) and
# poppler's pdftotext and pdftoppm (the statistics report is read back from its PDF).
TEST_PACKAGES=(postgresql poppler-utils)

install_dependencies() {
    local missing=()
    for p in "${PACKAGES[@]}" "$@"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
    done
    if [ ${#missing[@]} -gt 0 ]; then
        echo "Installing: ${missing[*]}"
        local sudo=""
        [ "$(id -u)" -eq 0 ] || sudo="sudo"
        $sudo apt-get update -qq
        DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
    fi
}

# Extra cmake options for the first configure (scripts/test --sanitize sets them).
BUILD_FLAGS=()

build() {
    local type="${1:-Release}"
    export CCACHE_DIR="${CCACHE_DIR:-$HOME/.cache/ccache}"
    # The libraries' precompiled headers (ENABLE_PCH) are cached only with this sloppiness.
    export CCACHE_SLOPPINESS="${CCACHE_SLOPPINESS:-pch_defines,time_macros,include_file_mtime,include_file_ctime}"
    if [ ! -f "$BUILD_DIR/build.ninja" ]; then
        cmake -S "$ROOT" -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE="$type" "${BUILD_FLAGS[@]}"
    fi
    cmake --build "$BUILD_DIR" --parallel "$(nproc)"
}
