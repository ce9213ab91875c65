"""Months stay within what every output supports: check names a month out of range,
and the tjp export says which action runs past TaskJuggler's last year."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.conftest import CASES, run_cli

EXAMPLE = CASES / "valid" / "spec_example"


def _data(tmp_path: Path, file: str, old: str, new: str) -> Path:
    data = tmp_path / "data"
    shutil.copytree(EXAMPLE, data)
    path = data / file
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new), encoding="utf-8")
    return data


@pytest.mark.parametrize(
    ("file", "old", "new", "field"),
    [
        (
            "strategy.yaml",
            "start: 2021-01, end: 2025-12",
            "start: 1850-01, end: 2025-12",
            "horizon.start",
        ),
        (
            "strategy.yaml",
            "start: 2021-01, end: 2025-12",
            "start: 2021-01, end: 2300-12",
            "horizon.end",
        ),
        ("actions.yaml", "deadline: 2023-06", "deadline: 9999-06", "deadline"),
    ],
)
def test_check_names_a_month_outside_the_supported_years(
    tmp_path: Path, file: str, old: str, new: str, field: str
) -> None:
    run = run_cli("check", str(_data(tmp_path, file, old, new)))
    assert run.exit_code == 1
    line = next(
        line for line in run.stdout.splitlines() if "outside the years 1900 to 2200" in line
    )
    assert field in line


def test_tjp_export_names_the_action_past_taskjugglers_last_year(tmp_path: Path) -> None:
    data = _data(tmp_path, "strategy.yaml", "end: 2025-12", "end: 2030-12")
    text = (data / "actions.yaml").read_text(encoding="utf-8")
    (data / "actions.yaml").write_text(
        text.replace("deadline: 2023-06", "deadline: 2040-06").replace(
            "duration_months: 12", "duration_months: 200"
        ),
        encoding="utf-8",
    )
    run = run_cli("export", str(data), "--format", "tjp")
    assert run.exit_code == 2
    assert run.stdout == ""
    assert run.stderr.count("\n") == 1
    assert "action A02 runs until" in run.stderr and "after 2035" in run.stderr
    ics = run_cli("export", str(data), "--format", "ics")  # written; its error exits 1
    assert (ics.exit_code, ics.stdout.startswith("BEGIN:VCALENDAR")) == (1, True)


def test_tjp_export_names_a_horizon_past_taskjugglers_last_year(tmp_path: Path) -> None:
    data = _data(tmp_path, "strategy.yaml", "end: 2025-12", "end: 2040-12")
    run = run_cli("export", str(data), "--format", "tjp")
    assert run.exit_code == 2
    assert "the horizon runs until 2040-12" in run.stderr
