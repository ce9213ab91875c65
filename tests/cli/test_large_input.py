"""A 10 MB title is no trouble: the command succeeds and its table shows the title's start."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.conftest import DATA, run_cli


@pytest.mark.slow
def test_status_on_a_ten_megabyte_title_shows_its_start(tmp_path: Path) -> None:
    data = tmp_path / "data"
    shutil.copytree(DATA, data)
    actions = data / "actions.yaml"
    text = actions.read_text(encoding="utf-8")
    title = text.index("en:", text.index("    title:"))
    end = text.index("\n", title)
    actions.write_text(text[:title] + "en: " + "word " * 2_000_000 + text[end:], encoding="utf-8")
    run = run_cli("status", str(data))
    assert run.exit_code == 0, run.stderr
    assert "word word" in run.stdout
    assert len(run.stdout) < 1_000_000, "a text table shows the start of a long title"
