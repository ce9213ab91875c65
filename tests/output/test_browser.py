"""The HTML roadmap in a real browser: offline, no failed request, no console error.

Drives Debian's chromium through puppeteer-core (installed with the Mermaid CLI by
tests/tools/install_peers.sh): every request other than the page itself is blocked and
reported, so a page that needs the network fails here. Screenshots of the desktop, the
filtered and the phone view, and an A4 PDF, are left in the test's temporary folder.
"""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import run_cli
from tests.tools import peers
from tests.tools.render_cases import HOSTILE, SMALL, TODAY

pytestmark = pytest.mark.browser
SCRIPT = Path(__file__).resolve().parents[1] / "tools" / "browser_check.cjs"


def open_in_browser(page: Path, out: Path) -> dict[str, Any]:
    """Open `page` in headless Chromium and return what the browser saw."""
    modules = peers.puppeteer_modules()
    chromium = peers.chromium()
    env = {**os.environ, "NODE_PATH": str(modules)}
    command = ["node", str(SCRIPT), str(page), str(out), chromium]
    done = subprocess.run(
        command, capture_output=True, text=True, timeout=240, env=env, check=False
    )
    assert done.returncode == 0, done.stderr
    report: dict[str, Any] = json.loads(done.stdout)
    return report


def _render(case: Path, lang: str, out: Path) -> Path:
    page = out / f"{case.name}.{lang}.html"
    run = run_cli(
        "render", str(case), "-f", "html", "--lang", lang, "--today", TODAY, "-o", str(page)
    )
    assert run.exit_code == 0, run.stderr
    return page


@pytest.mark.parametrize("lang", ["en", "bg"])
def test_the_page_works_offline_without_errors(lang: str, tmp_path: Path) -> None:
    page = _render(SMALL, lang, tmp_path)
    report = open_in_browser(page, tmp_path)
    assert report["blocked"] == []
    assert report["failed"] == []
    assert report["errors"] == []
    assert [m for m in report["console"] if m.startswith(("error", "warn"))] == []
    assert set(report["requests"]) == {page.resolve().as_uri()}
    assert report["scripts"] == 1
    filtered = report["filter"]
    assert filtered["shown"]
    assert filtered["area"] == "PA1"
    assert filtered["all"] == 4 and filtered["one"] == 3
    assert filtered["oneRows"] < filtered["allRows"]
    assert filtered["count"].endswith("3 " + ("of" if lang == "en" else "от") + " 4")
    assert report["phone_width"] <= 390
    assert report["pdf_pages"] >= 2
    for name in ("desktop.png", "filtered.png", "phone.png"):
        assert (tmp_path / name).stat().st_size > 10_000


def test_hostile_titles_stay_text_in_the_browser(tmp_path: Path) -> None:
    page = _render(HOSTILE, "en", tmp_path)
    report = open_in_browser(page, tmp_path)
    assert report["dialogs"] == []
    assert report["errors"] == []
    assert report["blocked"] == []
    assert report["scripts"] == 1
    assert report["h1"] == "Strategy \"</title><script>alert('en')</script>\" & <b>bold</b>"
