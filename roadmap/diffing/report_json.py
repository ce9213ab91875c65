"""The JSON report of `roadmap diff` (spec section 8, plus the details of section 6).

`added` and `removed` are lists of action ids and `moved` a list of
`{"id", "from": {start, finish, phase}, "to": {...}}`, as the fixed interface says. The
other keys carry the rest of the review; `null` marks a value one side cannot give
(no data, or data that does not validate).
"""

from __future__ import annotations

import json
from typing import Any

from roadmap.diagnostics import Severity, count
from roadmap.diffing.compare import ActionChange, Diff, Money, Slot
from roadmap.diffing.snapshot import Snapshot
from roadmap.models.actions import PHASES
from roadmap.months import format_month


def json_report(diff: Diff) -> str:
    """One JSON object, keys in a fixed order."""
    payload: dict[str, Any] = {
        "base": _side(diff.base, diff.finish_before),
        "head": _side(diff.head, diff.finish_after),
        "added": [a.id for a in diff.added],
        "removed": [a.id for a in diff.removed],
        "moved": [
            {"id": m.id, "title": m.title, "from": _slot(m.before), "to": _slot(m.after)}
            for m in diff.moved
        ],
        "actions": {
            "added": [_action(a, a.after) for a in diff.added],
            "removed": [_action(a, a.before) for a in diff.removed],
        },
        "changed": [
            {"id": c.id, "field": c.field, "from": c.before, "to": c.after} for c in diff.changed
        ],
        "critical_path": {
            "from": _list(diff.critical_before),
            "to": _list(diff.critical_after),
            "changed": diff.critical_changed,
        },
        "money": {
            "phases": [
                {
                    "phase": phase,
                    "from": _money(diff.phases_before.get(phase) if diff.phases_before else None),
                    "to": _money(diff.phases_after.get(phase) if diff.phases_after else None),
                }
                for phase in PHASES
            ],
            "total": {"from": _money(diff.total_before), "to": _money(diff.total_after)},
        },
        "kpis": [
            {
                "id": k.id,
                "name": k.name,
                "unit": k.unit,
                "from": _target(k.before),
                "to": _target(k.after),
            }
            for k in diff.kpis
        ],
        "diagnostics": {
            "new": [d.as_dict() for d in diff.new_diagnostics],
            "resolved": [d.as_dict() for d in diff.resolved_diagnostics],
        },
    }
    return json.dumps(payload, ensure_ascii=False, indent=2) + "\n"


def _side(side: Snapshot, finish: int | None) -> dict[str, Any]:
    return {
        "revision": side.label,
        "commit": side.commit,
        "data": side.directory,
        "present": side.present,
        "valid": side.valid,
        "planned": side.plan is not None,
        "feasible": None if side.plan is None else side.plan.feasible,
        "finish": None if finish is None else format_month(finish),
        "errors": count(side.diagnostics, Severity.ERROR),
        "warnings": count(side.diagnostics, Severity.WARNING),
        "diagnostics": [d.as_dict() for d in side.diagnostics],
    }


def _slot(slot: Slot | None) -> dict[str, str] | None:
    if slot is None:
        return None
    return {
        "start": format_month(slot.start),
        "finish": format_month(slot.finish),
        "phase": slot.phase,
    }


def _action(change: ActionChange, slot: Slot | None) -> dict[str, Any]:
    return {"id": change.id, "title": change.title, "plan": _slot(slot)}


def _list(path: tuple[str, ...] | None) -> list[str] | None:
    return None if path is None else list(path)


def _money(money: Money | None) -> dict[str, int] | None:
    if money is None:
        return None
    return {"cost_eur": money.cost, "funding_eur": money.funding, "secured_eur": money.secured}


def _target(target: tuple[float, int] | None) -> dict[str, float | int] | None:
    return None if target is None else {"value": target[0], "year": target[1]}
