"""Golden files: the small case rendered to Markdown and HTML, in both languages.

Run with ROADMAP_UPDATE_GOLDEN=1 to rewrite tests/golden/ after a deliberate change,
then read the diff before committing it.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests.conftest import run_cli
from tests.tools.render_cases import SMALL, TODAY

GOLDEN = Path(__file__).resolve().parents[1] / "golden"
UPDATE = os.environ.get("ROADMAP_UPDATE_GOLDEN") == "1"


@pytest.mark.parametrize("lang", ["en", "bg"])
@pytest.mark.parametrize("fmt", ["md", "html"])
def test_small_roadmap_matches_its_golden_file(fmt: str, lang: str, tmp_path: Path) -> None:
    out = tmp_path / f"roadmap.{fmt}"
    args = ["render", str(SMALL), "--format", fmt, "--lang", lang, "--today", TODAY]
    run = run_cli(*args, "-o", str(out))
    assert run.exit_code == 0, run.stderr
    golden = GOLDEN / f"small.{lang}.{fmt}"
    produced = out.read_bytes()
    if UPDATE:
        golden.parent.mkdir(exist_ok=True)
        golden.write_bytes(produced)
    assert golden.exists(), f"no golden file {golden}; run with ROADMAP_UPDATE_GOLDEN=1"
    assert produced.decode("utf-8") == golden.read_text(encoding="utf-8")


@pytest.mark.parametrize("fmt", ["md", "html"])
def test_rendering_twice_gives_identical_bytes(fmt: str, tmp_path: Path) -> None:
    first, second = tmp_path / "a", tmp_path / "b"
    for out in (first, second):
        run = run_cli("render", str(SMALL), "-f", fmt, "-o", str(out))
        assert run.exit_code == 0, run.stderr
    assert first.read_bytes() == second.read_bytes()
