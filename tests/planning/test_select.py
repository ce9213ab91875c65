"""`plan --optimize --select`: what is deferred, what is kept, and why."""

from __future__ import annotations

import dataclasses
import shutil
from pathlib import Path

from roadmap.io.load import load_directory
from roadmap.models import ActionRecord, ProgressFile
from roadmap.months import parse_month
from roadmap.planning import PlanOptions, plan
from roadmap.planning.options import Search
from tests.conftest import ROOT
from tests.planning.constraints import broken
from tests.planning.portfolios import dataset
from tests.planning.test_optimize import FAST, optimize


def test_select_defers_the_least_valuable_and_names_the_limit() -> None:
    # The pool holds one action at a time; all three must end by 2021-04, and only two
    # fit. C1 is worth least, and C2 depends on it: both are deferred, which loses less
    # value (0.35 + 0.35) than deferring A1 or B1 (0.85 each).
    data = dataset(
        [
            {
                "id": "A1",
                "duration_months": 2,
                "deadline": "2021-04",
                "needs": {"it": 1},
                "priority": {"impact": 5},
            },
            {
                "id": "B1",
                "lead": "agency",
                "duration_months": 2,
                "deadline": "2021-04",
                "needs": {"it": 1},
                "priority": {"impact": 4},
            },
            {
                "id": "C1",
                "lead": "uni",
                "duration_months": 2,
                "deadline": "2021-04",
                "needs": {"it": 1},
                "priority": {"impact": 1},
            },
            {
                "id": "C2",
                "lead": "uni",
                "duration_months": 1,
                "depends_on": ["C1"],
                "priority": {"impact": 1},
            },
        ],
        pools={"it": 1},
    )
    assert not optimize(data).feasible
    result = optimize(data, select=True)
    assert result.feasible and broken(data, result) == []
    reasons = {d.id: d.reason for d in result.deferred}
    assert set(reasons) == {"C1", "C2"}
    assert reasons["C1"] == (
        "no room beside the actions kept in any month it could start (2021-01 to 2021-03, "
        "to end by its deadline 2021-04): short of room are pool it (capacity 1) in all 3 months"
    )
    assert reasons["C2"] == "it depends on C1, which is deferred too"
    assert set(result.by_id) == {"A1", "B1"}


def test_a_deferral_tries_only_the_months_of_the_pinned_phase() -> None:
    # A must run in the two months of the short term, and the pool holds one action:
    # B, pinned to the short term, can start in neither of them.
    data = dataset(
        [
            {"id": "A", "duration_months": 2, "deadline": "2021-02", "needs": {"it": 1}},
            {"id": "B", "needs": {"it": 1}, "phase": "short", "priority": {"impact": 1}},
        ],
        pools={"it": 1},
        phases=(2, 36),
    )
    result = optimize(data, select=True)
    assert [d.reason for d in result.deferred] == [
        "no room beside the actions kept in any month it could start (2021-01 to 2021-02, "
        "to end by its pin to the short term (starts by 2021-02)): short of room are pool it "
        "(capacity 1) in all 2 months"
    ]


def test_select_keeps_what_progress_says_is_under_way() -> None:
    # C1 is in progress since 2021-01: it is never deferred, so B1 must give way.
    data = dataset(
        [
            {
                "id": "B1",
                "duration_months": 2,
                "deadline": "2021-06",
                "needs": {"it": 1},
                "priority": {"impact": 5, "readiness": 5},
            },
            {
                "id": "C1",
                "lead": "uni",
                "duration_months": 6,
                "needs": {"it": 1},
                "priority": {"impact": 1},
            },
        ],
        pools={"it": 1},
    )
    records = [ActionRecord(id="C1", date="2021-01", status="in_progress", percent=10)]
    data = dataclasses.replace(data, progress=ProgressFile(as_of="2021-02", actions=records))
    options = PlanOptions(
        as_of="2021-02", search=Search(optimize=True, select=True, time_limit=FAST)
    )
    result = plan(data, options)
    assert [d.id for d in result.deferred] == ["B1"]
    assert result.by_id["C1"].fixed
    assert result.by_id["C1"].start == parse_month("2021-01")


def test_select_with_everything_fitting_defers_nothing() -> None:
    data = dataset([{"id": "A1"}, {"id": "A2", "depends_on": ["A1"]}])
    result = optimize(data, select=True)
    assert result.deferred == ()
    assert result.objective is not None and result.objective.status == "optimal"


def test_select_on_the_sofia_data_with_a_cap_cut_until_a_deadline_breaks(tmp_path: Path) -> None:
    # The 2022 cap cut from 8 to 3 million: the priority rule breaks a deadline and the
    # horizon; the selection keeps a plan that meets every limit and names them.
    target = tmp_path / "data"
    shutil.copytree(ROOT / "data", target)
    strategy = target / "strategy.yaml"
    text = strategy.read_text(encoding="utf-8")
    assert "  2022: 8000000\n" in text
    strategy.write_text(text.replace("  2022: 8000000\n", "  2022: 3000000\n"), encoding="utf-8")
    loaded = load_directory(str(target))
    assert loaded.dataset is not None
    assert any(f.code == "P601" for f in plan(loaded.dataset).findings)
    result = plan(loaded.dataset, PlanOptions(search=Search(optimize=True, select=True)))
    assert result.feasible and broken(loaded.dataset, result) == []
    assert result.deferred
    limits = ("budget cap", "its deadline", "the horizon end", "pool ", "lead ", "depends on")
    assert all(any(limit in d.reason for limit in limits) for d in result.deferred)
