#!/usr/bin/env bash
# Regenerate the rendered examples in docs/ from a data directory (default: data/):
# the Markdown and HTML roadmaps in both languages, screenshots of the HTML roadmap and
# status pages (tests/tools/screenshots.py), and the Mermaid gantt rendered to PNG.
# Needs the peers of tests/tools/install_peers.sh.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
data="${1:-$root/data}"
docs="$root/docs"
images="$docs/images"
roadmap="${ROADMAP:-roadmap}"
modules="$root/tests/.mermaid/node_modules"
chromium="$(command -v chromium)"
mkdir -p "$images"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

for lang in en bg; do
    "$roadmap" render "$data" --format md --lang "$lang" -o "$docs/roadmap.$lang.md"
    "$roadmap" render "$data" --format html --lang "$lang" -o "$docs/roadmap.$lang.html"
done

# The roadmap and status pages, en and bg, desktop and phone (chromium's command line).
python3 "$root/tests/tools/screenshots.py" "$data"

if [ ! -x "$modules/.bin/mmdc" ]; then
    echo "the Mermaid CLI is absent (tests/tools/install_peers.sh): kept $images/mermaid-gantt.en.png"
    exit 0
fi
printf '{"executablePath": "%s", "args": ["--no-sandbox", "--headless", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"]}\n' "$chromium" > "$work/puppeteer.json"
"$modules/.bin/mmdc" -q -p "$work/puppeteer.json" -i "$docs/roadmap.en.md" -o "$work/en.md" -e png -w 1600 -b white
mv "$work/en-1.png" "$images/mermaid-gantt.en.png"
echo "docs regenerated from $data"
