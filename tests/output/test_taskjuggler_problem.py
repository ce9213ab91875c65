"""TaskJuggler, scheduling: the constraints alone, and tj3 finding the plan's starts."""

from __future__ import annotations

import csv
import datetime
import re
import subprocess
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from roadmap.models import Dataset
from roadmap.months import parse_month
from roadmap.output.context import RoadmapContext
from roadmap.output.taskjuggler import (
    HOURS_PER_MONTH,
    export_tjp_problem,
    hours,
    priorities,
    task_ids,
)
from roadmap.planning import plan
from roadmap.planning.options import PlanOptions
from roadmap.planning.problem import build_problem
from tests.planning.portfolios import HORIZON_START, dataset, dependency_only
from tests.tools import peers
from tests.tools.render_cases import HOSTILE, SMALL, context

_TASK = re.compile(r"^task (a_\w+) .*? \{\n(.*?)^\}", re.MULTILINE | re.DOTALL)


def _tasks(project: str) -> dict[str, str]:
    """Each action task's id and the lines of its body."""
    return {m.group(1): m.group(2) for m in _TASK.finditer(project)}


def _context(data: Dataset, options: PlanOptions | None = None) -> RoadmapContext:
    return RoadmapContext(data, plan(data, options), "en", HORIZON_START)


def test_a_month_is_a_twelfth_of_a_julian_year_in_hours() -> None:
    assert HOURS_PER_MONTH * 12 == 365.25 * 24
    assert [hours(1), hours(2), hours(12)] == [730, 1461, 8766]


def test_priorities_follow_the_score_and_never_fall_below_a_waiting_task() -> None:
    data = dataset(
        [
            {"id": "LOW", "priority": {"impact": 1, "readiness": 1}},
            {"id": "HIGH", "priority": {"impact": 4, "readiness": 4}},
            {
                "id": "AFTER",
                "priority": {"impact": 5, "readiness": 5},
                "depends_on": [{"id": "LOW"}],
            },
            {"id": "MID", "priority": {"impact": 2, "readiness": 2}},
        ]
    )
    problem = build_problem(data, PlanOptions())
    rank = priorities(problem)
    assert rank["AFTER"] == 1000
    assert rank["LOW"] >= rank["AFTER"]
    assert rank["HIGH"] > rank["MID"]
    assert all(1 <= value <= 1000 for value in rank.values())


def test_the_project_holds_the_constraints_and_no_planned_date() -> None:
    ctx = context(SMALL)
    project = export_tjp_problem(ctx).decode()
    assert project == export_tjp_problem(ctx).decode()
    tasks = _tasks(project)
    planned = [a for a, _p in ctx.scheduled]
    assert len(planned) < len(ctx.dataset.actions), "the case has a cancelled action"
    ids = task_ids([a.id for a in planned])
    assert set(tasks) == set(ids.values())
    capacity = {a.id: a.capacity for a in ctx.dataset.strategy.actors}
    led = Counter(a.lead for a in planned)
    for action in planned:
        body = tasks[ids[action.id]]
        assert "  start " not in body
        length = hours(action.duration_months)
        if (capacity[action.lead] or led[action.lead]) < led[action.lead]:
            assert f"  effort {length}h\n" in body
            assert "persistent }" in body
        else:
            assert f"  duration {length}h\n" in body
            assert "allocate" not in body
        for dep in action.dependencies():
            gap = f" {{ gapduration {hours(dep.lag_months)}h }}" if dep.lag_months else ""
            assert f"  depends {ids[dep.id]}{gap}\n" in body
        if action.earliest_start:
            assert f"  depends nb_{action.earliest_start.replace('-', '_')}\n" in body


def test_the_header_names_what_taskjuggler_cannot_schedule_by() -> None:
    with_caps = dataset(
        [{"id": "A", "deadline": "2022-01"}, {"id": "B"}], caps={2021: 100, 2022: 100}
    )
    header = export_tjp_problem(_context(with_caps)).decode().splitlines()[1]
    assert header.endswith("cannot schedule by them: annual budget caps in 2 years.")
    plain = export_tjp_problem(_context(dataset([{"id": "A"}]))).decode().splitlines()[1]
    assert plain.endswith("cannot schedule by them: nothing.")


def test_ids_stay_unique_and_valid_and_a_capacity_that_cannot_bind_adds_no_resource() -> None:
    base = dataset(
        [
            *({"id": f"A{i}"} for i in range(3)),
            *({"id": f"B{i}", "lead": "agency"} for i in range(2)),
            {"id": "C0", "lead": "uni"},
        ],
        capacity={"city": 2, "agency": 1, "uni": 10_000},
    )
    city, agency, uni = base.strategy.actors
    # An actor `city-1` would take the id of city's first resource, r_city_1.
    actors = [city, agency.model_copy(update={"id": "city-1"}), uni]
    actions = [
        a.model_copy(update={"lead": "city-1"}) if a.lead == "agency" else a for a in base.actions
    ]
    strategy = base.strategy.model_copy(update={"id": "2021-plan", "actors": actors})
    data = Dataset(strategy, base.goals, actions)
    project = export_tjp_problem(_context(data)).decode()
    resources = re.findall(r"^ *resource (\w+) ", project, re.MULTILINE)
    assert len(resources) == len(set(resources)) == 3 + 2
    assert "r_uni" not in project
    assert "duration" in _tasks(project)["a_C0"]
    assert re.search(r"^project p_2021_plan ", project, re.MULTILINE)


def test_with_as_of_a_dated_action_keeps_its_recorded_start() -> None:
    ctx = RoadmapContext(*_small_as_of())
    body = _tasks(export_tjp_problem(ctx).decode())
    fixed = [p for p in ctx.plan.placements if p.fixed]
    assert fixed
    for placement in fixed:
        year, month0 = divmod(placement.start, 12)
        task = body[task_ids([placement.id])[placement.id]]
        assert f"  start {datetime.date(year, month0 + 1, 1)}\n" in task
        assert "depends" not in task


def _small_as_of() -> tuple[Any, ...]:
    ctx = context(SMALL)
    replanned = plan(ctx.dataset, PlanOptions(as_of="2021-10"))
    return ctx.dataset, replanned, "en", parse_month("2021-10")


def _schedule(project: bytes, tmp_path: Path) -> dict[str, tuple[datetime.datetime, ...]]:
    """tj3's start and end of each task (no warning allowed)."""
    (tmp_path / "problem.tjp").write_bytes(project)
    command = [peers.tj3(), "--silent", "--no-color", "problem.tjp"]
    done = subprocess.run(
        command, cwd=tmp_path, capture_output=True, text=True, timeout=600, check=False
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert "Warning" not in done.stdout + done.stderr
    with (tmp_path / "problem-dates.csv").open(encoding="utf-8") as stream:
        rows = list(csv.DictReader(stream, delimiter=";"))
    when = datetime.datetime.strptime
    return {
        row["Id"]: (when(row["Start"], "%Y-%m-%d %H:%M"), when(row["End"], "%Y-%m-%d %H:%M"))
        for row in rows
    }


@pytest.mark.tj3
@pytest.mark.parametrize("case", [SMALL, HOSTILE], ids=["small", "hostile"])
def test_tj3_schedules_the_problem_within_its_constraints(case: Path, tmp_path: Path) -> None:
    ctx = context(case)
    dates = _schedule(export_tjp_problem(ctx), tmp_path)
    planned = [a for a, _p in ctx.scheduled]
    ids = task_ids([a.id for a in planned])
    assert len(dates) >= len(planned)
    for action in planned:
        start, end = dates[ids[action.id]]
        assert end - start >= datetime.timedelta(hours=hours(action.duration_months))
        for dep in action.dependencies():
            gap = datetime.timedelta(hours=hours(dep.lag_months))
            assert start >= dates[ids[dep.id]][1] + gap
        if action.earliest_start:
            year, month = map(int, action.earliest_start.split("-"))
            assert start >= datetime.datetime(year, month, 1)


@pytest.mark.tj3
@pytest.mark.parametrize("seed", [3, 4])
def test_tj3_finds_the_planned_starts_of_a_dependency_only_problem(
    seed: int, tmp_path: Path
) -> None:
    ctx = _context(dependency_only(60, seed))
    dates = _schedule(export_tjp_problem(ctx), tmp_path)
    origin = datetime.datetime(2021, 1, 1)
    ids = task_ids([p.id for p in ctx.plan.placements])
    theirs = {
        p.id: round((dates[ids[p.id]][0] - origin).total_seconds() / 3600 / HOURS_PER_MONTH)
        for p in ctx.plan.placements
    }
    ours = {p.id: p.start - HORIZON_START for p in ctx.plan.placements}
    assert len(ours) == 60
    assert theirs == ours


@pytest.mark.tj3
def test_tj3_keeps_a_lead_to_its_capacity_in_the_planner_s_order(tmp_path: Path) -> None:
    scores = [1, 5, 2, 4]
    data = dataset(
        [
            {"id": f"A{i}", "duration_months": 2, "priority": {"impact": s, "readiness": s}}
            for i, s in enumerate(scores)
        ],
        capacity={"city": 2},
    )
    ctx = _context(data)
    dates = _schedule(export_tjp_problem(ctx), tmp_path)
    first = datetime.datetime(2021, 1, 1)
    later = first + datetime.timedelta(hours=hours(2))
    assert {i: dates[f"a_A{i}"][0] for i in range(4)} == {
        1: first,
        3: first,
        0: later,
        2: later,
    }
    ours = {p.id: p.start - HORIZON_START for p in ctx.plan.placements}
    assert ours == {"A1": 0, "A3": 0, "A0": 2, "A2": 2}
