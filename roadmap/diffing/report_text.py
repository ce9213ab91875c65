"""The plain-text report of `roadmap diff`, for a terminal or a CI log."""

from __future__ import annotations

from roadmap.diagnostics import Diagnostic
from roadmap.diffing.compare import Diff
from roadmap.diffing.view import (
    delta,
    euros,
    money_field,
    number,
    side_name,
    side_state,
    slot_text,
    summary_items,
)
from roadmap.models.actions import PHASES


def text_report(diff: Diff) -> str:
    """Sections that have something to say, each a heading and indented lines."""
    base, head = diff.base, diff.head
    out = [
        f"base: {side_name(base)}, {base.directory}/: {side_state(base)}",
        f"head: {side_name(head)}, {head.directory}/: {side_state(head)}",
        "",
    ]
    items = summary_items(diff)
    out.append("; ".join(items) if items else "no change to the roadmap")
    sections: list[tuple[str, list[str]]] = [
        ("moved", [f"{m.id}  {slot_text(m.before)}  =>  {slot_text(m.after)}" for m in diff.moved]),
        ("added", [f"{a.id}  {a.title}  ({slot_text(a.after)})" for a in diff.added]),
        ("removed", [f"{a.id}  {a.title}  ({slot_text(a.before)})" for a in diff.removed]),
        ("edited", [f"{c.id}  {c.field}: {c.before} -> {c.after}" for c in diff.changed]),
        ("critical path", _critical(diff)),
        ("cost per phase", _money(diff)),
        ("KPI targets", [_kpi(diff, i) for i in range(len(diff.kpis))]),
        ("new findings", _findings(diff.new_diagnostics)),
        ("resolved findings", _findings(diff.resolved_diagnostics)),
    ]
    for title, lines in sections:
        if lines:
            out += ["", f"{title}:", *(f"  {line}" for line in lines)]
    return "\n".join(out) + "\n"


def _critical(diff: Diff) -> list[str]:
    if not diff.critical_changed:
        return []
    before = " -> ".join(diff.critical_before or ())
    after = " -> ".join(diff.critical_after or ())
    return [f"before: {before}", f"after:  {after}"]


def _money(diff: Diff) -> list[str]:
    if diff.phases_before is None or diff.phases_after is None:
        return []
    lines = []
    for phase in PHASES:
        old = money_field(diff.phases_before.get(phase), "cost")
        new = money_field(diff.phases_after.get(phase), "cost")
        if old != new:
            lines.append(f"{phase:<7} {euros(old)} -> {euros(new)} ({delta(old, new)})")
    if lines:
        old = money_field(diff.total_before, "cost")
        new = money_field(diff.total_after, "cost")
        lines.append(f"{'total':<7} {euros(old)} -> {euros(new)} ({delta(old, new)})")
    return lines


def _kpi(diff: Diff, index: int) -> str:
    change = diff.kpis[index]

    def shown(target: tuple[float, int] | None) -> str:
        return "-" if target is None else f"{number(target[0])} {change.unit} by {target[1]}"

    return f"{change.id}  {shown(change.before)} -> {shown(change.after)}"


def _findings(diagnostics: list[Diagnostic]) -> list[str]:
    return [
        f"{d.file}:{d.line}:{d.column}: {d.severity} {d.code} {d.message}"
        if d.line
        else f"{d.file}: {d.severity} {d.code} {d.message}"
        for d in diagnostics
    ]
