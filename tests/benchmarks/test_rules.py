"""The rules benchmark runs on a small portfolio and reports what it timed."""

from __future__ import annotations

from pathlib import Path

import pytest

from benchmarks.portfolio import write_portfolio
from benchmarks.rules import main


def test_rules_benchmark_times_each_directory(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("ROADMAP_CACHE_DIR", str(tmp_path / "cache"))
    write_portfolio(tmp_path / "p", 60)
    assert main([str(tmp_path / "p"), "--repeat", "2", "--each"]) == 0
    row, *parts = capsys.readouterr().out.splitlines()[1:]
    cells = row.split()
    assert cells[:2] == [str(tmp_path / "p"), "60"]
    assert float(cells[3]) > 0
    assert any("G203" in line or "context." in line for line in parts)


def test_rules_benchmark_names_a_directory_that_does_not_load(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("ROADMAP_CACHE_DIR", str(tmp_path / "cache"))
    assert main([str(tmp_path / "missing")]) == 0
    assert "does not load" in capsys.readouterr().out
