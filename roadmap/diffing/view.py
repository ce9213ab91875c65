"""Values the diff reports share: labels, months, money and the summary line."""

from __future__ import annotations

from roadmap.diagnostics import Severity, count
from roadmap.diffing.compare import Diff, Money, Slot
from roadmap.diffing.snapshot import Snapshot
from roadmap.months import format_month


def side_name(side: Snapshot) -> str:
    """`main (3f2a1c9)` or `working tree`."""
    if side.commit is None or side.label == side.commit:
        return side.label if side.commit is None else side.commit[:9]
    return f"{side.label} ({side.commit[:9]})"


def side_state(side: Snapshot) -> str:
    """Whether the side has data, whether it checks, and whether its plan holds."""
    if not side.present:
        return f"no data in {side.directory}/"
    errors = count(side.diagnostics, Severity.ERROR)
    warnings = count(side.diagnostics, Severity.WARNING)
    if errors:
        return f"does not validate: {plural(errors, 'error')}, {plural(warnings, 'warning')}"
    state = f"checks clean ({plural(warnings, 'warning')})" if warnings else "checks clean"
    if side.plan is not None and not side.plan.feasible:
        broken = count(list(side.plan.diagnostics), Severity.ERROR)
        state += f"; the plan breaks {plural(broken, 'constraint')}"
    return state


def plural(n: int, word: str) -> str:
    """`1 action`, `3 actions`."""
    return f"{n} {word}{'' if n == 1 else 's'}"


def last_month(finish: int | None) -> str:
    """The last month of work before an exclusive `finish`, as `YYYY-MM`."""
    return "-" if finish is None else format_month(finish - 1)


def slot_text(slot: Slot | None) -> str:
    """`2021-03 → 2021-08 (6 mo), short` (months inclusive) or `not planned`."""
    if slot is None:
        return "not planned"
    months = slot.finish - slot.start
    return (
        f"{format_month(slot.start)} → {format_month(slot.finish - 1)} ({months} mo), {slot.phase}"
    )


def euros(amount: int | None) -> str:
    """`€1,250,000`, or `-` when unknown."""
    return "-" if amount is None else f"€{amount:,}"


def delta(before: int | None, after: int | None) -> str:
    """`+€250,000`, `−€10,000`, `±0`, or empty when either side is unknown."""
    if before is None or after is None:
        return ""
    change = after - before
    if change == 0:
        return "±0"
    return f"+€{change:,}" if change > 0 else f"−€{-change:,}"


def money_field(money: Money | None, name: str) -> int | None:
    """One field of a Money, or None when the Money is unknown."""
    return None if money is None else int(getattr(money, name))


def number(value: float) -> str:
    """A KPI value without a needless `.0`."""
    return str(int(value)) if float(value).is_integer() else f"{value:g}"


def summary_items(diff: Diff) -> list[str]:
    """The headline facts, each a short phrase; empty when nothing changed."""
    items = []
    for label, found in (("added", diff.added), ("removed", diff.removed), ("moved", diff.moved)):
        if found:
            items.append(f"{plural(len(found), 'action')} {label}")
    if diff.changed:
        items.append(f"{plural(len({c.id for c in diff.changed}), 'action')} edited")
    if diff.critical_changed:
        items.append("critical path changed")
    if None not in (diff.finish_before, diff.finish_after) and (
        diff.finish_before != diff.finish_after
    ):
        items.append(
            f"plan ends {last_month(diff.finish_before)} → {last_month(diff.finish_after)}"
        )
    cost_before = money_field(diff.total_before, "cost")
    cost_after = money_field(diff.total_after, "cost")
    if cost_before is not None and cost_after is not None and cost_before != cost_after:
        items.append(f"total cost {delta(cost_before, cost_after)}")
    kpi_counts = (
        ("KPI target", "changed", [k for k in diff.kpis if k.before and k.after]),
        ("KPI", "added", [k for k in diff.kpis if not k.before]),
        ("KPI", "removed", [k for k in diff.kpis if not k.after]),
    )
    for noun, verb, kpis in kpi_counts:
        if kpis:
            items.append(f"{plural(len(kpis), noun)} {verb}")
    if diff.new_diagnostics:
        items.append(f"{plural(len(diff.new_diagnostics), 'new finding')}")
    if diff.resolved_diagnostics:
        items.append(f"{plural(len(diff.resolved_diagnostics), 'finding')} resolved")
    return items
