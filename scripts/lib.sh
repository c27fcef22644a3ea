# Shared by run-app and run-tests: install only what is missing, then get out of
# the way. Sourced, not executed.

repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

# Root on CI containers, sudo on a person's machine.
as_root() {
    if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

# Installs the Debian/Ubuntu packages in "$@" that are not installed yet.
ensure_apt_packages() {
    local missing=()
    local package
    for package in "$@"; do
        dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" ||
            missing+=("$package")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    echo "==> Installing system packages: ${missing[*]}"
    as_root apt-get update -q
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}"
}

# What Tauri 2 needs to build and run on Linux (webkit2gtk 4.1), plus the
# Japanese font so that kanji are not drawn as boxes.
APP_PACKAGES=(
    build-essential pkg-config curl ca-certificates file
    libwebkit2gtk-4.1-dev
    libxdo-dev libssl-dev librsvg2-dev
    fonts-noto-cjk
)

# A Rust toolchain through rustup when there is no cargo at all.
ensure_rust() {
    [ -f "$HOME/.cargo/env" ] && . "$HOME/.cargo/env"
    if ! command -v cargo >/dev/null 2>&1; then
        echo "==> Installing Rust (rustup, stable)"
        curl --proto '=https' --tlsv1.2 -sSf https://sh.rustup.rs |
            sh -s -- -y --profile minimal --component rustfmt,clippy
        . "$HOME/.cargo/env"
    fi
    # An existing toolchain installed without these components.
    if command -v rustup >/dev/null 2>&1; then
        rustup component list --installed 2>/dev/null | grep -q '^clippy' || rustup component add clippy rustfmt
    fi
}
