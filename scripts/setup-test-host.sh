#!/usr/bin/env bash
# Installs what the in-VS-Code tests need on a fresh machine, idempotently:
#   - Debian packages: chromium (the browser playwright-core drives), ripgrep (code-server's
#     search binary, see below), libkrb5-dev (headers for code-server's `kerberos` native module);
#   - code-server 4.100.3 (VS Code 1.100.3) into .vscode-test/code-server, outside our dependencies.
# Facts behind each step: ../shared/vscode-host.md. Safe to run again: every step checks first.
set -euo pipefail

CODE_SERVER_VERSION=4.100.3
RIPGREP_VERSION=1.15.11                       # the @vscode/ripgrep that code-server 4.100.3 depends on
RIPGREP_ASSET=ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz

root=$(cd "$(dirname "$0")/.." && pwd)
install_dir="$root/.vscode-test/code-server"
say() { printf '[setup-test-host] %s\n' "$*"; }

need_packages=()
command -v chromium >/dev/null 2>&1 || need_packages+=(chromium)
command -v rg >/dev/null 2>&1 || need_packages+=(ripgrep)
[ -f /usr/include/gssapi/gssapi.h ] || need_packages+=(libkrb5-dev)
if [ ${#need_packages[@]} -gt 0 ]; then
  sudo_cmd=""
  [ "$(id -u)" -ne 0 ] && sudo_cmd="sudo"
  say "installing Debian packages: ${need_packages[*]}"
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq "${need_packages[@]}" >/dev/null
fi

if [ -x "$install_dir/node_modules/.bin/code-server" ] &&
   grep -q "\"version\": \"$CODE_SERVER_VERSION\"" "$install_dir/node_modules/code-server/package.json" 2>/dev/null; then
  say "code-server $CODE_SERVER_VERSION already installed"
  exit 0
fi

# @vscode/ripgrep downloads rg from GitHub in its postinstall unless it finds the archive in its
# cache; the machines cannot reach GitHub, so we put Debian's rg there first.
tmp_root=${TMPDIR:-/tmp}
cache_dir="$tmp_root/vscode-ripgrep-cache-$RIPGREP_VERSION"
if [ ! -f "$cache_dir/$RIPGREP_ASSET" ]; then
  mkdir -p "$cache_dir"
  staging=$(mktemp -d)
  cp "$(command -v rg)" "$staging/rg"
  tar -czf "$cache_dir/$RIPGREP_ASSET" -C "$staging" rg
  rm -rf "$staging"
fi

say "installing code-server $CODE_SERVER_VERSION into .vscode-test/code-server (2-4 minutes)"
mkdir -p "$install_dir"
[ -f "$install_dir/package.json" ] || echo '{ "private": true }' > "$install_dir/package.json"
( cd "$install_dir" &&
  npm_config_yes=true npm_config_unsafe_perm=true \
    npm install --no-audit --no-fund --loglevel=error "code-server@$CODE_SERVER_VERSION" )
say "code-server installed: $("$install_dir/node_modules/.bin/code-server" --version | head -1)"
