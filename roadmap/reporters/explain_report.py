"""`roadmap explain` as text and JSON."""

from __future__ import annotations

import json
from typing import Any

from roadmap.months import format_month
from roadmap.reporters.plan_view import PHASE_TITLES, money
from roadmap.scheduling.explain import Explanation, Link


def _months(count: int) -> str:
    return f"{count} month{'s' * (count != 1)}"


def _phase_span(explanation: Explanation) -> str:
    plan = explanation.plan
    short, medium = plan.phase_bounds
    begin = (
        plan.horizon_start
        + {"short": 0, "medium": short, "long": medium}[explanation.placement.phase]
    )
    end = {"short": plan.horizon_start + short - 1, "medium": plan.horizon_start + medium - 1}
    last = end.get(explanation.placement.phase, plan.horizon_end)
    return f"{format_month(begin)} – {format_month(last)}"


def _link(link: Link) -> str:
    mark = ", critical" if link.critical else ""
    text = f"{link.id} ({format_month(link.start)} → {format_month(link.finish - 1)}{mark})"
    if link.reason is not None and link.reason.binding != "dependency":
        text += f": {link.reason.detail}"
    return text


HELD = ("capacity", "budget", "pool")
"""The reasons that hold a ready action back."""


def _why(explanation: Explanation) -> list[str]:
    p = explanation.placement
    held = [r for r in p.reasons if r.binding in HELD]
    ready = [r for r in p.reasons if r.binding not in HELD]
    if not held:
        return [f"  starts {format_month(p.start)} because " + "; ".join(r.detail for r in ready)]
    lines = []
    if ready:
        since = format_month(ready[0].month)
        lines.append(f"  ready {since} because " + "; ".join(r.detail for r in ready))
    lines.append(
        f"  held back to {format_month(p.start)} because " + "; ".join(r.detail for r in held)
    )
    return lines


def explain_text(explanation: Explanation) -> str:
    """A short report for people."""
    p = explanation.placement
    plan = explanation.plan
    phase = PHASE_TITLES["en"][p.phase].lower()
    out = [
        f"{p.id} · {explanation.title}",
        f"  planned {format_month(p.start)} → {format_month(p.finish - 1)} "
        f"({_months(p.duration)}), {phase} ({_phase_span(explanation)}), "
        f"lead {p.lead}, {money(p.cost)} EUR, priority score {p.score:.3f}",
    ]
    out += _why(explanation)
    if p.start > p.earliest:
        out.append(
            f"  dependencies and its own dates alone would let it start "
            f"{format_month(p.earliest)}: {_months(p.start - p.earliest)} earlier"
        )
    if len(explanation.chain) > 1:
        out.append("  binding chain: " + " ← ".join(_link(link) for link in explanation.chain))
    if p.slack == 0:
        path = " → ".join(plan.critical_path)
        where = f"; critical path {path}" if p.id in plan.critical_path else ""
        out.append(f"  slack: 0 months, it is critical: any delay moves the plan finish{where}")
    else:
        out.append(
            f"  slack: {_months(p.slack)}: it could start as late as "
            f"{format_month(p.start + p.slack)} without moving the plan finish "
            f"{format_month(plan.finish - 1)}"
        )
    before, after = explanation.depends_on, explanation.dependents
    out.append(
        f"  it depends on {before} action{'s' * (before != 1)} (directly or through others); "
        f"{after} action{'s' * (after != 1)} depend{'s' * (after == 1)} on it"
    )
    if explanation.what_ifs:
        out.append("What would move it (each change re-planned):")
        for what in explanation.what_ifs:
            if what.moved > 0:
                effect = f"starts {format_month(what.start)}, {_months(what.moved)} earlier"
            elif what.moved < 0:
                effect = f"starts {format_month(what.start)}, {_months(-what.moved)} later"
            else:
                effect = f"does not move it: {what.binding}"
            out.append(f"  - {what.change}: {effect}")
    elif p.fixed:
        out.append("It is kept where progress.yaml puts it; re-planning does not move it.")
    else:
        out.append("Nothing moves it earlier: it starts as soon as the plan allows.")
    return "\n".join(out) + "\n"


def explain_json(explanation: Explanation) -> str:
    """The same facts as one JSON object."""
    p = explanation.placement
    payload: dict[str, Any] = {
        "id": p.id,
        "start": format_month(p.start),
        "finish": format_month(p.finish),
        "phase": p.phase,
        "slack_months": p.slack,
        "critical": p.critical,
        "earliest_start": format_month(p.earliest),
        "reasons": [{"binding": r.binding, "detail": r.detail} for r in p.reasons],
        "chain": [link.id for link in explanation.chain],
        "depends_on": explanation.depends_on,
        "dependents": explanation.dependents,
        "what_ifs": [
            {"change": w.change, "start": format_month(w.start), "months_earlier": w.moved}
            for w in explanation.what_ifs
        ],
    }
    return json.dumps(payload, ensure_ascii=False, indent=2) + "\n"
