"""Planning a directory: the check's dependency graph is the planner's, built once."""

from __future__ import annotations

from typing import Any

import pytest

from roadmap.scheduling import PlanOptions, plan, planner
from roadmap.scheduling.problem import Problem, build_problem
from roadmap.scheduling.service import plan_directory
from tests.conftest import CASES

SPEC = str(CASES / "valid" / "spec_example")


def _graphs_used(monkeypatch: pytest.MonkeyPatch) -> list[Any]:
    used: list[Any] = []

    def recording(*args: object) -> Problem:
        problem = build_problem(*args)  # type: ignore[arg-type]
        used.append(problem.graph)
        return problem

    monkeypatch.setattr(planner, "build_problem", recording)
    return used


def test_the_planner_takes_the_graph_the_check_built(monkeypatch: pytest.MonkeyPatch) -> None:
    used = _graphs_used(monkeypatch)
    outcome = plan_directory(SPEC, PlanOptions())
    assert outcome.plan is not None and outcome.dataset is not None
    assert outcome.check.context is not None
    assert used == [outcome.check.context.active_graph]
    assert used[0] is outcome.check.context.active_graph
    assert outcome.plan == plan(outcome.dataset, PlanOptions())


def test_with_as_of_the_planner_builds_its_own(monkeypatch: pytest.MonkeyPatch) -> None:
    used = _graphs_used(monkeypatch)
    outcome = plan_directory(SPEC, PlanOptions(as_of="2022-01"))
    assert outcome.check.context is not None and outcome.plan is not None
    assert used[0] is not outcome.check.context.active_graph
