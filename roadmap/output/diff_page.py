"""The diff page: what a change does to the roadmap, with every value formatted, for
the Markdown pull-request comment (diff.md.j2) and the text report (roadmap.output.text).

Diff reports are in English. Months are `YYYY-MM`, money is written as everywhere else.
"""

from __future__ import annotations

from typing import Any

from roadmap.diagnostics import Diagnostic, Severity, count
from roadmap.diffing.compare import ActionChange, Diff, Money
from roadmap.diffing.inputs import shown
from roadmap.diffing.snapshot import Snapshot
from roadmap.models.actions import PHASES
from roadmap.months import format_month
from roadmap.output.render import Row, Verbatim, code, escape_markdown, render
from roadmap.planning.result import Placement
from roadmap.texts import counted, format_number, money

MAX_LISTED_ERRORS = 20


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
        return f"does not validate: {counted(errors, 'error')}, {counted(warnings, 'warning')}"
    state = f"checks clean ({counted(warnings, 'warning')})" if warnings else "checks clean"
    if side.plan is not None and not side.plan.feasible:
        broken = count(list(side.plan.diagnostics), Severity.ERROR)
        state += f"; the plan breaks {counted(broken, 'constraint')}"
    return state


def last_month(finish: int | None) -> str:
    """The last month of work before an exclusive `finish`, as `YYYY-MM`."""
    return "-" if finish is None else format_month(finish - 1)


def slot_text(slot: Placement | None) -> str:
    """`2021-03 → 2021-08 (6 mo), short` (months inclusive) or `not planned`."""
    if slot is None:
        return "not planned"
    first, last = format_month(slot.start), format_month(slot.finish - 1)
    return f"{first} → {last} ({slot.finish - slot.start} mo), {slot.phase}"


def euros(amount: int | None) -> str:
    """`€1,250,000`, or `-` when unknown."""
    return "-" if amount is None else money(amount)


def delta(before: int | None, after: int | None) -> str:
    """`+€250,000`, `-€10,000`, `±0`, or empty when either side is unknown."""
    if before is None or after is None:
        return ""
    change = after - before
    return "±0" if change == 0 else "+" * (change > 0) + money(change)


def field(money_: Money | None, name: str) -> int | None:
    """One amount of a Money, or None when the Money is unknown."""
    return None if money_ is None else int(getattr(money_, name))


def target(value: tuple[float, int] | None, unit: str) -> str:
    """A KPI target: `60 % by 2024`, or `-`."""
    return "-" if value is None else f"{format_number(value[0])} {unit} by {value[1]}"


def summary_items(diff: Diff) -> list[str]:
    """The headline facts, each a short phrase; empty when nothing changed."""
    items = [
        f"{counted(len(found), 'action')} {verb}"
        for verb, found in (("added", diff.added), ("removed", diff.removed), ("moved", diff.moved))
        if found
    ]
    if diff.changed:
        items.append(f"inputs edited: {len(diff.changed)}")
    if diff.critical_changed:
        items.append("critical path changed")
    finish = (diff.finish_before, diff.finish_after)
    if None not in finish and finish[0] != finish[1]:
        items.append(f"plan ends {last_month(finish[0])} → {last_month(finish[1])}")
    costs = field(diff.total_before, "cost"), field(diff.total_after, "cost")
    if None not in costs and costs[0] != costs[1]:
        items.append(f"total cost {delta(*costs)}")
    for term, verb, kpis in (
        ("kpi_target", "changed", [k for k in diff.kpis if k.before and k.after]),
        ("kpi", "added", [k for k in diff.kpis if not k.before]),
        ("kpi", "removed", [k for k in diff.kpis if not k.after]),
    ):
        if kpis:
            items.append(f"{counted(len(kpis), term)} {verb}")
    if diff.new_diagnostics:
        items.append(counted(len(diff.new_diagnostics), "new_finding"))
    if diff.resolved_diagnostics:
        items.append(f"{counted(len(diff.resolved_diagnostics), 'finding')} resolved")
    return items


def diff_page(diff: Diff) -> Row:
    """The page of `diff`: a headline, a base-against-head table (`overview`: what, base,
    head), the sides that do not validate, and folded details (a table or lines each)."""
    base, head = diff.base, diff.head
    invalid = []
    for side, word in ((head, "head"), (base, "base")):
        if side.present and not side.valid:
            errors = [d for d in side.diagnostics if d.severity is Severity.ERROR]
            shown = finding_lines(errors[:MAX_LISTED_ERRORS])
            invalid.append(
                Row(
                    word=word,
                    name=side_name(side),
                    errors=counted(len(errors), "error"),
                    planned=side.dataset is not None,
                    findings=shown,
                    more=len(errors) - len(shown),
                )
            )
    return Row(
        base=side_name(base),
        head=side_name(head),
        summary=tuple(summary_items(diff)),
        overview=(
            ("data", code(base.directory + "/"), code(head.directory + "/")),
            ("state", side_state(base), side_state(head)),
            ("actions", _count(base), _count(head)),
            ("plan ends", last_month(diff.finish_before), last_month(diff.finish_after)),
            (
                "total cost",
                euros(field(diff.total_before, "cost")),
                euros(field(diff.total_after, "cost")),
            ),
            ("funding (secured)", _funding(diff.total_before), _funding(diff.total_after)),
        ),
        invalid=tuple(invalid),
        details=tuple(d for d in _details(diff) if d.rows or d.lines),
    )


def _fold(
    summary: str,
    header: tuple[str, ...] = (),
    rows: tuple[Any, ...] = (),
    lines: tuple[str, ...] = (),
) -> Row:
    """A folded section of the comment: a table, or a list of lines."""
    return Row(summary=summary, header=header, rows=rows, lines=lines)


def _details(diff: Diff) -> list[Row]:
    details = [
        _fold(
            f"Edited inputs ({len(diff.changed)})",
            ("input", "field", "before", "after"),
            tuple(
                (
                    Verbatim(f"{c.kind} {code(c.id)}") if c.id else c.kind,
                    c.field,
                    shown(c.before),
                    shown(c.after),
                )
                for c in diff.changed
            ),
        ),
        _fold(
            f"Moved actions ({len(diff.moved)})",
            ("action", "before", "after"),
            tuple((_action(m), slot_text(m.before), slot_text(m.after)) for m in diff.moved),
        ),
        *(
            _fold(
                f"{title} actions ({len(changes)})",
                ("action", "plan"),
                tuple((_action(c), slot_text(c.after or c.before)) for c in changes),
            )
            for title, changes in (("Added", diff.added), ("Removed", diff.removed))
        ),
    ]
    if diff.critical_changed:
        lines = (f"before: {_path(diff.critical_before)}", f"after: {_path(diff.critical_after)}")
        details.append(_fold("Critical path", lines=tuple(Verbatim(line) for line in lines)))
    if diff.phases_before is not None or diff.phases_after is not None:
        rows = [
            _money_row(
                phase, (diff.phases_before or {}).get(phase), (diff.phases_after or {}).get(phase)
            )
            for phase in PHASES
        ]
        rows.append(_money_row(Verbatim("**total**"), diff.total_before, diff.total_after))
        header = ("phase", "cost before", "cost after", "change", "funding before", "funding after")
        details.append(_fold("Cost and funding per phase", header, tuple(rows)))
    kpis = tuple(
        (_labelled(k.id, k.name), target(k.before, k.unit), target(k.after, k.unit))
        for k in diff.kpis
    )
    details.append(_fold(f"KPI targets ({len(diff.kpis)})", ("KPI", "before", "after"), kpis))
    for title, found in (("New", diff.new_diagnostics), ("Resolved", diff.resolved_diagnostics)):
        details.append(_fold(f"{title} findings ({len(found)})", lines=finding_lines(found)))
    return details


def finding_lines(diagnostics: list[Diagnostic] | tuple[Diagnostic, ...]) -> tuple[str, ...]:
    """Each finding as `` `file:line` severity CODE: message ``, the message escaped."""
    return tuple(
        Verbatim(
            f"{code(f'{d.file}:{d.line}' if d.line else d.file)} {d.severity} {d.code}: "
            + escape_markdown(d.message)
        )
        for d in diagnostics
    )


def _count(side: Snapshot) -> str:
    if not side.present:
        return "0"
    if side.dataset is None and not side.titles:
        return "-"
    return str(len(side.titles))


def _funding(total: Money | None) -> str:
    return "-" if total is None else f"{euros(total.funding)} ({euros(total.secured)})"


def _money_row(name: str, old: Money | None, new: Money | None) -> tuple[str, ...]:
    cost = field(old, "cost"), field(new, "cost")
    funding = field(old, "funding"), field(new, "funding")
    return (name, euros(cost[0]), euros(cost[1]), delta(*cost), *map(euros, funding))


def _action(change: ActionChange) -> str:
    return _labelled(change.id, change.title) if change.title else code(change.id)


def _labelled(ident: str, text: str) -> Verbatim:
    """An id as code, then a text, both ready for a Markdown table cell."""
    return Verbatim(f"{code(ident)} {escape_markdown(text)}")


def _path(path: tuple[str, ...] | None) -> str:
    if path is None:
        return "-"
    return " → ".join(code(i) for i in path) or "(empty)"


def diff_markdown(diff: Diff) -> str:
    """`roadmap diff --format markdown`: the pull-request comment."""
    return render("diff.md.j2", diff_page(diff))
