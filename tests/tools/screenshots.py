"""Regenerate the screenshots in docs/images/ with Debian's headless chromium.

    python3 tests/tools/screenshots.py [DATA_DIR]    # default: data/

Renders the roadmap (`roadmap render`) and the status report (`roadmap status`) of
DATA_DIR as HTML, in English and Bulgarian, and photographs each page (the roadmap
from its timeline, the report from its top) on a desktop (1,400 px wide) and a phone
(375 px wide, at twice the pixel density), as
docs/images/{roadmap,status}.{en,bg}.{desktop,phone}.png. Chromium runs from its
command line (`--screenshot`), offline. Headless windows are at least 500 px wide, so
the phone view is the page in an iframe 375 CSS px wide, drawn at scale 2.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from tests.tools.overflow import frame  # noqa: E402
from tests.tools.peers import CHROMIUM_ARGS  # noqa: E402

IMAGES = ROOT / "docs" / "images"
# name: (command, where the picture starts: the roadmap's timeline, the report's top)
PAGES = {"roadmap": ("render", "#timeline"), "status": ("status", "")}
# name: (CSS width, CSS height, scale)
VIEWS = {"desktop": (1400, 1000, 1), "phone": (375, 740, 2)}


def roadmap_command() -> list[str]:
    """The roadmap CLI: .venv's if there is one, else the one on PATH."""
    local = ROOT / ".venv" / "bin" / "roadmap"
    found = str(local) if local.exists() else shutil.which("roadmap")
    if found is None:
        sys.exit("roadmap is not installed: run `python3 dev.py plan` first")
    return [found]


def shoot(chromium: str, url: str, out: Path, view: str, work: Path) -> None:
    """Photograph the page at `url` as `view` into `out`."""
    width, height, scale = VIEWS[view]
    probe = work / f"{out.stem}.frame.html"
    probe.write_text(frame("", width, height, scale, src=url))
    size = f"--window-size={width * scale},{height * scale}"
    command = [chromium, *CHROMIUM_ARGS, "--hide-scrollbars", size]
    command += [f"--user-data-dir={work / 'profile'}", f"--screenshot={out}", probe.as_uri()]
    subprocess.run(command, check=True, capture_output=True, timeout=120)


def main() -> int:
    data = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "data"
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    if chromium is None:
        sys.exit("Debian chromium is absent: run tests/tools/install_peers.sh")
    IMAGES.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        for name, (command, anchor) in PAGES.items():
            for lang in ("en", "bg"):
                page = work / f"{name}.{lang}.html"
                args = [command, str(data), "--format", "html", "--lang", lang, "-o", str(page)]
                subprocess.run([*roadmap_command(), *args], check=True)
                for view in VIEWS:
                    out = IMAGES / f"{name}.{lang}.{view}.png"
                    shoot(chromium, page.as_uri() + anchor, out, view, work)
                    print(out.relative_to(ROOT))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
