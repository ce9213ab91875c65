"""Where the optional peer tools of the render tests are, and a skip reason when absent.

tests/tools/install_peers.sh installs them: Debian chromium and tj3, and the npm
package @mermaid-js/mermaid-cli (with puppeteer-core) into tests/.mermaid.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

TESTS = Path(__file__).resolve().parent.parent
NODE_MODULES = TESTS / ".mermaid" / "node_modules"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--headless",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
INSTALL = "run tests/tools/install_peers.sh to install it"


def chromium() -> str:
    """The Chromium executable, or skip the test."""
    found = shutil.which("chromium") or shutil.which("chromium-browser")
    if found is None:
        pytest.skip(f"Debian chromium is not installed; {INSTALL}")
    return found


def mmdc() -> str:
    """The Mermaid CLI, or skip the test."""
    local = NODE_MODULES / ".bin" / "mmdc"
    found = str(local) if local.exists() else shutil.which("mmdc")
    if found is None:
        pytest.skip(f"the Mermaid CLI (npm @mermaid-js/mermaid-cli) is absent; {INSTALL}")
    return found


def puppeteer_modules() -> Path:
    """The node_modules folder holding puppeteer-core, or skip the test."""
    if shutil.which("node") is None or not (NODE_MODULES / "puppeteer-core").is_dir():
        pytest.skip(f"node with puppeteer-core (from @mermaid-js/mermaid-cli) is absent; {INSTALL}")
    return NODE_MODULES


def tj3() -> str:
    """The TaskJuggler executable, or skip the test."""
    found = shutil.which("tj3")
    if found is None:
        pytest.skip(f"TaskJuggler (Debian tj3) is not installed; {INSTALL}")
    return found


def puppeteer_config(directory: Path) -> Path:
    """A puppeteer config for mmdc that runs Debian's chromium headless, offline."""
    path = directory / "puppeteer.json"
    path.write_text(json.dumps({"executablePath": chromium(), "args": CHROMIUM_ARGS}))
    return path
