"""Guards on the shipped Sofia data set: its shape, and the honesty of its provenance.

The strategy has 4 strategic objectives, 4 priority areas and 18 operational goals. Only
facts in the public sources may be marked `sourced`, and a sourced record names where it
can be read (an address, or a seed text beside the project); the lists below are checked
in so that a new `sourced` claim, or a new strategy activity, has to be added here on
purpose, in review.
"""

from __future__ import annotations

import json
import re
from collections import Counter

import pytest

from roadmap.io.load import load_directory
from roadmap.models import Action, ActionRecord, Dataset, Goal, Kpi, KpiRecord, StatementText
from roadmap.months import parse_month
from roadmap.output.provenance import provenance_markdown, provenance_summary
from tests.conftest import DATA, ROOT, run_cli

SOURCED_ACTIONS = frozenset(
    {
        "A01",  # governance set-up: Deputy Mayor, Innovative Sofia, Digital Board
        "A02",  # action plan presented 2020-10-01, adopted 2020-10-22
        "A03",  # assessment methodology (Deloitte, EIB support)
        "A04",  # the methodology ranks the action-plan projects from 2021-02
        "A05",  # EIB concept projects for the first three priority areas
        "A06",  # sandbox for pilots
        "A07",  # open-data platform
        "A08",  # digital document flow
        "A09",  # utilities efficiency model
        "A10",  # e-platform for schools (2019 draft)
        "A11",  # contracts and public tenders platform (2019 draft)
        "A12",  # ride-sharing pilot (2019 draft)
        "A13",  # real-time public-transport data, 2025-10-17
        "A14",  # Intelligent Cities Challenge track
    }
)
"""Actions whose existence a public source states. Add one only with its source."""

SOURCED_PROGRESS = frozenset(
    {
        ("A01", "2020-10"),
        ("A02", "2020-10"),
        ("A03", "2021-02"),
        ("A04", "2021-02"),
        ("A06", "2021-02"),
        ("A14", "2021-02"),
        ("A13", "2025-10"),
    }
)
"""Monitoring records that restate a dated public fact."""

STRATEGY_ACTIVITIES = {
    "A06": "action-plan-2020",  # sandbox
    "A07": "action-plan-2020",  # open-data platform
    "A08": "action-plan-2020",  # digital document flow
    "A09": "action-plan-2020",  # utilities efficiency model
    "A10": "draft-roadmap-2019",  # e-platform for schools
    "A11": "draft-roadmap-2019",  # contracts and tenders platform
    "A12": "draft-roadmap-2019",  # ride-sharing pilot
}
"""The strategy's own activities that the sources name, with the list that names them."""

REACHABLE = re.compile(r"https?://\S+|\bseeds? 00[0-4]\b")
"""A source a reader can open: a web address, or a seed text (../shared/seeds)."""

DATA_PAGE = ROOT / "docs" / "data.md"

GOAL_ID = re.compile(r"^OG([1-4])\.([1-9][0-9]?)$")


@pytest.fixture(scope="module")
def dataset() -> Dataset:
    loaded = load_directory(str(DATA))
    assert loaded.diagnostics == []
    assert loaded.dataset is not None
    return loaded.dataset


def test_objectives_and_areas(dataset: Dataset) -> None:
    strategy = dataset.strategy
    assert [o.id for o in strategy.objectives] == ["SO1", "SO2", "SO3", "SO4"]
    sides = {a.id: a.side for a in strategy.areas}
    assert sides == {"PA1": "demand", "PA2": "demand", "PA3": "demand", "PA4": "supply"}


def test_eighteen_goals_numbered_per_area(dataset: Dataset) -> None:
    assert len(dataset.goals) == 18
    per_area: Counter[str] = Counter()
    for goal in dataset.goals:
        match = GOAL_ID.match(goal.id)
        assert match, f"{goal.id} is not in the OGn.m style"
        assert goal.area == f"PA{match.group(1)}", goal.id
        per_area[goal.area] += 1
        assert int(match.group(2)) == per_area[goal.area], f"{goal.id} breaks the numbering"
        assert goal.objectives, f"{goal.id} serves no objective"
    assert set(per_area) == {"PA1", "PA2", "PA3", "PA4"}


def test_every_goal_has_kpis_and_an_action(dataset: Dataset) -> None:
    served = {g for action in dataset.actions for g in action.goals}
    for goal in dataset.goals:
        assert 1 <= len(goal.kpis) <= 3, goal.id
        assert goal.id in served, f"{goal.id} has no action"


def test_portfolio_size_and_leads(dataset: Dataset) -> None:
    assert 30 <= len(dataset.actions) <= 50
    actors = {a.id for a in dataset.strategy.actors}
    for action in dataset.actions:
        assert action.lead in actors, action.id


def test_every_record_says_where_it_comes_from(dataset: Dataset) -> None:
    records: list[Goal | Kpi | Action] = [
        *dataset.goals,
        *(k for g in dataset.goals for k in g.kpis),
        *dataset.actions,
    ]
    for record in records:
        assert record.source.strip(), record.id
        assert record.provenance in {"sourced", "reconstructed", "assumption"}, record.id


def test_statements_and_strategy_records_say_where_they_come_from(dataset: Dataset) -> None:
    strategy = dataset.strategy
    for key in ("name", "vision", "mission"):
        statement = getattr(strategy, key)
        assert isinstance(statement, StatementText), key
        assert statement.source and statement.provenance, key
        assert statement.bg and statement.en, key
    summary = provenance_summary(dataset)
    assert {k.kind: k.counts[-1] for k in summary.kinds if k.counts[-1]} == {}
    assert {k.kind for k in summary.kinds} >= {"statement", "actor", "document", "record"}


def test_sourced_records_name_a_source_a_reader_can_open(dataset: Dataset) -> None:
    for item in provenance_summary(dataset).items:
        if item.provenance == "sourced":
            assert REACHABLE.search(item.source), f"{item.kind} {item.id}: {item.source}"
            assert "no address" not in item.source, f"{item.kind} {item.id}"


def test_strategy_activities_are_exactly_the_checked_in_list(dataset: Dataset) -> None:
    own = {a.id: a.origin_list for a in dataset.actions if a.origin == "strategy"}
    assert own == STRATEGY_ACTIVITIES
    assert all(a.origin == "added" for a in dataset.actions if a.id not in own)
    lists = {d.id for d in dataset.strategy.documents if d.kind == "activity_list"}
    assert lists == set(STRATEGY_ACTIVITIES.values())


def test_kpi_baselines_wait_for_the_maturity_review(dataset: Dataset) -> None:
    """Chapter 5's figures were not reached: no baseline is presented as official."""
    kinds = {d.id: d.kind for d in dataset.strategy.documents}
    assert kinds["maturity-review"] == "part"
    for goal in dataset.goals:
        for kpi in goal.kpis:
            assert kpi.provenance == "assumption", kpi.id
            assert "maturity review" in kpi.source, kpi.id


def test_docs_data_md_is_what_the_tool_prints(dataset: Dataset) -> None:
    page = provenance_markdown(provenance_summary(dataset, "en"))
    assert DATA_PAGE.read_text(encoding="utf-8") == page, (
        "docs/data.md is stale; run `roadmap provenance data/ --format md -o docs/data.md`"
    )
    run = run_cli("provenance", str(DATA), "--format", "md")
    assert run.exit_code == 0, run.stderr
    assert run.stdout == page


def test_goals_are_reconstructed_and_kpis_never_sourced(dataset: Dataset) -> None:
    """No source gives the goals' wording or any KPI value."""
    for goal in dataset.goals:
        assert goal.provenance == "reconstructed", goal.id
        for kpi in goal.kpis:
            assert kpi.provenance != "sourced", kpi.id


def test_sourced_actions_are_exactly_the_checked_in_list(dataset: Dataset) -> None:
    sourced = {a.id for a in dataset.actions if a.provenance == "sourced"}
    assert sourced == SOURCED_ACTIONS


def test_sourced_actions_say_their_numbers_are_assumptions(dataset: Dataset) -> None:
    """No source gives per-action budgets, leads or dates."""
    for action in dataset.actions:
        if action.provenance == "sourced":
            assert "planning assumption" in action.source, action.id


def test_progress_records_are_sourced_or_marked_illustrative(dataset: Dataset) -> None:
    progress = dataset.progress
    assert progress is not None
    records: list[ActionRecord | KpiRecord] = [*progress.actions, *progress.kpis]
    assert records
    sourced = {(r.id, r.date) for r in progress.actions if r.provenance == "sourced"}
    assert sourced == SOURCED_PROGRESS
    assert not any(r.provenance == "sourced" for r in progress.kpis)
    for record in records:
        assert record.source, record.id
        if record.provenance == "assumption":
            assert record.note == "illustrative", record.id


def test_every_started_action_is_backed_by_a_dated_record(dataset: Dataset) -> None:
    """A `done` or `in_progress` status says where it comes from through progress.yaml."""
    progress = dataset.progress
    assert progress is not None
    recorded = {r.id for r in progress.actions}
    for action in dataset.actions:
        if action.status in {"done", "in_progress"}:
            assert action.id in recorded, action.id


@pytest.mark.parametrize("kind", ["strategy", "goals", "actions", "progress"])
def test_files_point_editors_at_their_schema(kind: str) -> None:
    first = (DATA / f"{kind}.yaml").read_text(encoding="utf-8").splitlines()[0]
    assert first == f"# yaml-language-server: $schema=../schemas/{kind}.schema.json"


def test_check_strict_passes() -> None:
    run = run_cli("check", str(DATA), "--strict")
    assert run.exit_code == 0, run.stdout + run.stderr


def test_plan_is_feasible_and_spans_every_phase() -> None:
    run = run_cli("plan", str(DATA), "--format", "json")
    assert run.exit_code == 0, run.stdout + run.stderr
    plan = json.loads(run.stdout)
    assert {a["phase"] for a in plan["actions"]} == {"short", "medium", "long"}
    end = parse_month(plan["horizon"]["end"])
    assert all(parse_month(a["finish"]) <= end + 1 for a in plan["actions"])


def test_plan_keeps_the_sourced_dates() -> None:
    """Actions finished by dated public facts land where those facts put them."""
    run = run_cli("plan", str(DATA), "--format", "json")
    placed = {a["id"]: a for a in json.loads(run.stdout)["actions"]}
    assert placed["A01"]["finish"] <= "2020-10"  # Digital Board first met 2020-10-01
    assert placed["A02"]["start"] == "2020-10"  # adopted by the Council 2020-10-22
    assert placed["A04"]["start"] == "2021-02"  # ranking done by 2021-02-22
    assert placed["A06"]["start"] == "2020-10"  # sandbox started in autumn 2020
    assert placed["A13"]["finish"] == "2025-11"  # real-time data opened 2025-10-17
