"""The JSON reports: the plan's keys and values, one action a line."""

from __future__ import annotations

import json

from roadmap.diagnostics import Diagnostic, Severity
from roadmap.months import parse_month
from roadmap.output.json_reports import action_payload, plan_json
from roadmap.planning.result import Placement, Plan, Reason

START = parse_month("2021-01")

REASONS = (
    Reason("capacity", START + 3, 'lead "ops" was full', actor="ops\\1", holders=("A", "Б")),
    Reason("dependency", START + 2, "A ends 2021-02", predecessor="Ä1", lag=2),
    Reason("budget", START + 5, "the 2021 cap", year=2021),
    Reason("horizon_start", START, "the horizon start is 2021-01"),
)


def _placement(**change: object) -> Placement:
    values: dict[str, object] = {
        "id": 'A"01',
        "start": START + 3,
        "finish": START + 9,
        "phase": "short",
        "slack": 4,
        "critical": False,
        "earliest": START,
        "score": 2 / 3,
        "reasons": REASONS,
        "lead": "градска управа",
        "cost": 1_250_000,
        "fixed": True,
    }
    values.update(change)
    return Placement(**values)  # type: ignore[arg-type]


def _expected(p: Placement) -> dict[str, object]:
    reasons = []
    for r in p.reasons:
        item: dict[str, object] = {
            "binding": r.binding,
            "month": _month(r.month),
            "detail": r.detail,
        }
        if r.predecessor is not None:
            item.update(predecessor=r.predecessor, lag_months=r.lag)
        if r.actor is not None:
            item.update(actor=r.actor, holders=list(r.holders))
        if r.year is not None:
            item["year"] = r.year
        reasons.append(item)
    return {
        "id": p.id,
        "start": _month(p.start),
        "finish": _month(p.finish),
        "phase": p.phase,
        "slack_months": p.slack,
        "critical": p.critical,
        "lead": p.lead,
        "duration_months": p.duration,
        "cost_eur": p.cost,
        "earliest_start": _month(p.earliest),
        "priority_score": round(p.score, 4),
        "fixed": p.fixed,
        "reasons": reasons,
    }


def _month(index: int) -> str:
    return f"{index // 12:04d}-{index % 12 + 1:02d}"


def test_each_action_has_the_fixed_keys_then_the_facts_behind_them() -> None:
    for placement in (
        _placement(),
        _placement(reasons=(), critical=True, fixed=False, score=0.0, slack=0),
        _placement(score=1.0, phase="long", id="A02"),
    ):
        assert list(action_payload(placement).items()) == list(_expected(placement).items())


def test_plan_json_value_and_one_action_a_line() -> None:
    first = _placement()
    second = _placement(id="A02", start=START + 9, finish=START + 20, critical=True, slack=0)
    warning = Diagnostic("actions.yaml", 3, 5, "P605", Severity.WARNING, "no record")
    plan = Plan(START, START + 59, (first, second), ("A02",), START + 20, diagnostics=(warning,))
    text = plan_json(plan)
    assert json.loads(text) == {
        "horizon": {"start": "2021-01", "end": "2025-12"},
        "as_of": None,
        "finish": "2022-09",
        "feasible": True,
        "actions": [_expected(first), _expected(second)],
        "critical_path": ["A02"],
        "objective": {"name": "finish", "value": 20, "bound": None, "status": "heuristic"},
        "deferred": [],
        "diagnostics": [warning.as_dict()],
    }
    line = json.dumps(_expected(first), ensure_ascii=False)
    assert text.splitlines()[6] == "    " + line + ","
