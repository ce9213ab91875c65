#!/usr/bin/env bash
# Install the peer tools that the optional render/export tests use, idempotently:
#   - Debian chromium (headless browser test, Mermaid CLI's browser),
#   - Debian tj3 (TaskJuggler cross-check of `roadmap export --format tjp`),
#   - npm @mermaid-js/mermaid-cli into tests/.mermaid (never into the package).
# The tests skip with a reason when any of these is missing; this script makes them run.
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
need_apt=()
command -v chromium >/dev/null 2>&1 || need_apt+=(chromium)
command -v tj3 >/dev/null 2>&1 || need_apt+=(tj3)
command -v npm >/dev/null 2>&1 || need_apt+=(npm)
if [ "${#need_apt[@]}" -gt 0 ]; then
    sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    $sudo apt-get update -q
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q --no-install-recommends "${need_apt[@]}"
fi
mermaid="$here/.mermaid"
if [ ! -x "$mermaid/node_modules/.bin/mmdc" ]; then
    mkdir -p "$mermaid"
    cd "$mermaid"
    [ -f package.json ] || printf '{"name": "roadmap-mermaid-peer", "private": true}\n' > package.json
    PUPPETEER_SKIP_DOWNLOAD=1 npm install --no-audit --no-fund --silent @mermaid-js/mermaid-cli
fi
echo "peers ready: $(command -v chromium) $(command -v tj3) $mermaid/node_modules/.bin/mmdc"
