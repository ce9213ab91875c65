"""The roadmap and the status page of data/ fit a phone and a desktop screen.

Headless Chromium (Debian's, run from its command line through tests/tools/overflow.py)
lays out each page in a viewport 375 and 1,400 pixels wide and measures it: nothing may
overflow sideways, except inside a box that scrolls by itself (the gantt, and on a phone
the wider count tables; the actions are cards there), and on a desktop no table scrolls.
On an A4 page, with the print styles, nothing scrolls, so nothing may overflow at all.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import run_cli
from tests.tools import overflow

pytestmark = pytest.mark.browser
DATA = Path(__file__).resolve().parents[2] / "data"


@pytest.mark.parametrize("width", [375, 1400])
@pytest.mark.parametrize("lang", ["en", "bg"])
@pytest.mark.parametrize("command", ["render", "status"])
def test_the_page_does_not_overflow_sideways(
    command: str, lang: str, width: int, tmp_path: Path
) -> None:
    page = tmp_path / f"{command}.{lang}.html"
    run = run_cli(command, str(DATA), "--format", "html", "--lang", lang, "-o", str(page))
    assert run.exit_code == 0, run.stderr
    seen = overflow.measure(page, width, tmp_path)
    assert seen["innerWidth"] == width
    assert seen["docScrollWidth"] <= width, seen
    assert seen["bodyScrollWidth"] <= width, seen
    assert seen["wide"] == [], seen
    if width == 1400:  # a desktop shows every table whole
        assert [box for box in seen["scrolls"] if "gantt" not in box] == [], seen
    else:  # a phone shows each action as a card, not a table to scroll
        assert [box for box in seen["scrolls"] if "actions" in box] == [], seen


@pytest.mark.parametrize("lang", ["en", "bg"])
@pytest.mark.parametrize("command", ["render", "status"])
def test_the_printed_page_fits_a4(command: str, lang: str, tmp_path: Path) -> None:
    page = tmp_path / f"{command}.{lang}.html"
    run = run_cli(command, str(DATA), "--format", "html", "--lang", lang, "-o", str(page))
    assert run.exit_code == 0, run.stderr
    seen = overflow.measure(page, overflow.A4_WIDTH, tmp_path, printed=True)
    assert seen["docScrollWidth"] <= overflow.A4_WIDTH, seen
    assert seen["wide"] == [], seen
