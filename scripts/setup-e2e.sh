#!/usr/bin/env bash
# Installs what the real-VS-Code test layers need (test/integration, test/e2e, npm start).
# Idempotent: re-running skips whatever is already there (about 0.1 s when nothing is missing).
#   1. Debian packages: chromium (driven headless by playwright-core), ripgrep, build deps of
#      code-server's native modules (node-pty, spdlog, kerberos, argon2, keytar for vsce)
#   2. code-server (VS Code's server + web workbench) in $E2E_HOME, OUTSIDE the project tree,
#      so the project's own `npm ci` never pulls it and CI can cache that folder
#      (cache key: code-server version + Node major)
#   3. the project's npm devDependencies (playwright-core, mocha, @vscode/vsce)
# Works offline except for the npm registry and Debian's archive. See docs/testing.md.
set -euo pipefail

CODE_SERVER_VERSION="${CODE_SERVER_VERSION:-4.100.3}" # last release whose engines accept Node 20 (bundles VS Code 1.100.3)
E2E_HOME="${E2E_HOME:-$HOME/.cache/code-server-e2e}"
cd "$(dirname "$0")/.."

# --- 1. Debian packages ----------------------------------------------------------------------
pkgs=(chromium ripgrep build-essential python3 pkg-config libkrb5-dev libsecret-1-dev libxkbfile-dev libx11-dev)
missing=()
for p in "${pkgs[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]})); then
  SUDO=""; [ "$(id -u)" = 0 ] || SUDO=sudo
  echo "apt: installing ${missing[*]}"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# --- 2. code-server --------------------------------------------------------------------------
marker="$E2E_HOME/.installed-$CODE_SERVER_VERSION"
if [ ! -f "$marker" ] || [ ! -x "$E2E_HOME/node_modules/.bin/code-server" ]; then
  mkdir -p "$E2E_HOME"
  work="$(mktemp -d)"
  trap 'rm -rf "$work"' EXIT

  # Fix 1: VS Code's @vscode/ripgrep postinstall downloads rg from GitHub unless the archive is
  # already in its cache: $TMPDIR/vscode-ripgrep-cache-<pkg version>/ripgrep-<tag>-<target>.tar.gz.
  # Read both versions from the tarballs and seed the cache with Debian's /usr/bin/rg.
  (cd "$work" && npm pack --silent "code-server@$CODE_SERVER_VERSION" >/dev/null)
  rg_pkg="$(tar -xzOf "$work"/code-server-*.tgz package/lib/vscode/npm-shrinkwrap.json |
    node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>console.log(JSON.parse(s).packages["node_modules/@vscode/ripgrep"].version))')"
  (cd "$work" && npm pack --silent "@vscode/ripgrep@$rg_pkg" >/dev/null)
  rg_tag="$(tar -xzOf "$work"/vscode-ripgrep-*.tgz package/lib/postinstall.js | sed -n "s/^const VERSION = '\(.*\)';.*/\1/p")"
  case "$(uname -m)" in
    x86_64) rg_target=x86_64-unknown-linux-musl ;;
    aarch64) rg_target=aarch64-unknown-linux-musl ;;
    *) echo "setup-e2e: unsupported architecture $(uname -m)" >&2; exit 1 ;;
  esac
  cache="$(node -p 'require("os").tmpdir()')/vscode-ripgrep-cache-$rg_pkg"
  mkdir -p "$cache" "$work/rg" && cp /usr/bin/rg "$work/rg/rg"
  tar -czf "$cache/ripgrep-$rg_tag-$rg_target.tar.gz" -C "$work/rg" rg
  echo "seeded $cache/ripgrep-$rg_tag-$rg_target.tar.gz"

  # Fix 4: node-gyp must find Node's headers locally instead of downloading them.
  node_prefix="$(dirname "$(dirname "$(readlink -f "$(command -v node)")")")"
  [ -f "$node_prefix/include/node/node.h" ] && export npm_config_nodedir="$node_prefix"

  # Fix 2: unsafe_perm: code-server's postinstall refuses to run as root without it.
  # Fix 3: yes: node-pty's postinstall runs `npx node-gyp`, which must not stop at a prompt.
  [ -f "$E2E_HOME/package.json" ] || echo '{ "private": true }' > "$E2E_HOME/package.json"
  (cd "$E2E_HOME" && npm_config_unsafe_perm=true npm_config_yes=true \
    npm install --no-audit --no-fund --save-exact "code-server@$CODE_SERVER_VERSION")
  # Catches an install whose postinstall scripts did not run (e.g. a future npm that skips
  # unapproved install scripts): then approve code-server, argon2 and keytar.
  test -x "$E2E_HOME/node_modules/code-server/lib/vscode/node_modules/@vscode/ripgrep/bin/rg"
  touch "$marker"
fi
echo "code-server $CODE_SERVER_VERSION: $E2E_HOME/node_modules/.bin/code-server"

# --- 3. the project's devDependencies ---------------------------------------------------------
if [ ! -d node_modules/playwright-core ] || [ ! -d node_modules/@vscode/vsce ] || [ ! -d node_modules/mocha ]; then
  npm install --no-audit --no-fund
fi
