"""TaskJuggler: tj3 accepts the project and schedules every task to the plan's dates."""

from __future__ import annotations

import csv
import subprocess
from pathlib import Path

import pytest

from roadmap.months import format_month
from roadmap.output.taskjuggler import export_tjp, quote, task_ids
from tests.tools import peers
from tests.tools.render_cases import HOSTILE, SMALL, context


def test_ids_and_strings_are_safe_for_taskjuggler() -> None:
    assert task_ids(["A-1", "A.1", "1x"]) == {"A-1": "a_A_1", "A.1": "a_A_1_2", "1x": "a_1x"}
    assert quote('say "hi" ${macro} \\ there\nnow') == "\"say 'hi' ＄{macro} / there now\""


def _schedule(project: bytes, tmp_path: Path) -> subprocess.CompletedProcess[str]:
    (tmp_path / "plan.tjp").write_bytes(project)
    command = [peers.tj3(), "--silent", "--no-color", "plan.tjp"]
    return subprocess.run(command, cwd=tmp_path, capture_output=True, text=True, check=False)


@pytest.mark.tj3
@pytest.mark.parametrize("case", [SMALL, HOSTILE], ids=["small", "hostile"])
def test_tj3_schedules_every_task_to_the_planned_dates(case: Path, tmp_path: Path) -> None:
    ctx = context(case)
    done = _schedule(export_tjp(ctx), tmp_path)
    assert done.returncode == 0, done.stdout + done.stderr
    with (tmp_path / "plan-dates.csv").open(encoding="utf-8") as stream:
        rows = list(csv.reader(stream, delimiter=";"))
    got = {row[0]: (row[2], row[3]) for row in rows[1:] if not row[0].startswith("m_")}
    milestones = {row[0]: row[2] for row in rows[1:] if row[0].startswith("m_")}
    assert milestones["m_horizon_end"] == format_month(ctx.plan.horizon_end + 1)
    ids = task_ids([a.id for a, _p in ctx.scheduled])
    want = {ids[p.id]: (format_month(p.start), format_month(p.finish)) for _a, p in ctx.scheduled}
    assert got == want


@pytest.mark.tj3
def test_tj3_rejects_a_start_that_breaks_a_dependency(tmp_path: Path) -> None:
    project = export_tjp(context(SMALL)).decode()
    broken = project.replace("start 2021-08-01", "start 2021-07-01", 1)
    assert broken != project
    done = _schedule(broken.encode(), tmp_path)
    assert done.returncode != 0
    assert "must start" in done.stdout + done.stderr
