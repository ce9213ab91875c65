"""Cross-check against TaskJuggler (Debian package tj3) on a dependency-only project.

The test writes the project itself: one TaskJuggler task per action, with a week
standing for a month (a dependency-only schedule does not care about the unit, and
weeks have a fixed length in days, where months do not). An `earliest_start` becomes a
dependency on a milestone at that date. TaskJuggler's start dates,
turned back into week offsets, must equal the planner's month offsets.
"""

from __future__ import annotations

import csv
import datetime
import shutil
import subprocess
from pathlib import Path

import pytest

from roadmap.models import Dataset
from roadmap.months import parse_month
from roadmap.planning import plan
from tests.planning.portfolios import HORIZON_START, dependency_only

PROJECT_START = datetime.date(2021, 1, 4)

pytestmark = [
    pytest.mark.tj3,
    pytest.mark.skipif(
        shutil.which("tj3") is None,
        reason="TaskJuggler is not installed (apt-get install tj3); the tj3 cross-check is skipped",
    ),
]


def _tjp(data: Dataset) -> str:
    lines = [
        f'project roadmap "roadmap" {PROJECT_START.isoformat()} +4000d {{',
        '  timezone "UTC"',
        '  timeformat "%Y-%m-%d"',
        "}",
    ]
    for action in data.actions:
        body = [f"duration {action.duration_months * 7}d"]
        if action.earliest_start:
            offset = parse_month(action.earliest_start) - HORIZON_START
            date = (PROJECT_START + datetime.timedelta(weeks=offset)).isoformat()
            lines.append(f'task es_{action.id} "not before" {{ start {date} milestone }}')
            body.append(f"depends es_{action.id}")
        for dep in action.dependencies():
            gap = f" {{ gapduration {dep.lag_months * 7}d }}" if dep.lag_months else ""
            body.append(f"depends {dep.id}{gap}")
        lines.append(f'task {action.id} "{action.id}" {{ {" ".join(body)} }}')
    lines += [
        'taskreport dates "dates" {',
        "  formats csv",
        "  columns id, start",
        "}",
    ]
    return "\n".join(lines) + "\n"


@pytest.mark.parametrize("seed", [1, 2])
def test_dependency_only_plan_matches_taskjuggler(tmp_path: Path, seed: int) -> None:
    data = dependency_only(60, seed)
    (tmp_path / "project.tjp").write_text(_tjp(data), encoding="utf-8")
    run = subprocess.run(
        ["tj3", "--silent", "--no-color", "project.tjp"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert run.returncode == 0, run.stdout + run.stderr
    with (tmp_path / "dates.csv").open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle, delimiter=";"))
    theirs = {
        row["Id"]: (datetime.date.fromisoformat(row["Start"]) - PROJECT_START).days // 7
        for row in rows
        if not row["Id"].startswith("es_")
    }
    ours = {p.id: p.start - HORIZON_START for p in plan(data).placements}
    assert len(ours) == 60
    assert theirs == ours
