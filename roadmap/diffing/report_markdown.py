"""The Markdown report of `roadmap diff`: a pull-request comment.

A reviewer sees the headline and a base-against-head table first; each detail sits in a
folded `<details>` block. Errors that block the head side are shown unfolded. The first
line is an HTML comment that CI uses to find and update its earlier comment.
"""

from __future__ import annotations

from roadmap.diagnostics import Diagnostic, Severity
from roadmap.diffing.compare import ActionChange, Diff, Money
from roadmap.diffing.snapshot import Snapshot
from roadmap.diffing.view import (
    delta,
    euros,
    last_month,
    money_field,
    number,
    plural,
    side_name,
    side_state,
    slot_text,
    summary_items,
)
from roadmap.models.actions import PHASES

MARKER = "<!-- roadmap-diff -->"
MAX_LISTED_ERRORS = 20


def markdown_report(diff: Diff) -> str:
    """The whole comment."""
    base, head = diff.base, diff.head
    out = [
        MARKER,
        f"### Roadmap diff: {_code(side_name(base))} → {_code(side_name(head))}",
        "",
    ]
    items = summary_items(diff)
    out += ["**" + " · ".join(items) + "**" if items else "**No change to the roadmap.**", ""]
    out += _overview(diff)
    for side, word in ((head, "head"), (base, "base")):
        if side.present and not side.valid:
            out += _invalid(side, word)
    out += _details(
        f"Moved actions ({len(diff.moved)})",
        _table(
            ["action", "before", "after"],
            [[_action(m), slot_text(m.before), slot_text(m.after)] for m in diff.moved],
        ),
    )
    out += _details(f"Added actions ({len(diff.added)})", _change_table(diff.added, after=True))
    out += _details(
        f"Removed actions ({len(diff.removed)})", _change_table(diff.removed, after=False)
    )
    out += _details(
        f"Edited actions ({len({c.id for c in diff.changed})})",
        _table(
            ["action", "field", "before", "after"],
            [[_code(c.id), c.field, _cell(c.before), _cell(c.after)] for c in diff.changed],
        ),
    )
    if diff.critical_changed:
        out += _details(
            "Critical path",
            [
                f"- before: {_path(diff.critical_before)}",
                f"- after: {_path(diff.critical_after)}",
            ],
        )
    out += _money(diff)
    out += _details(
        f"KPI targets ({len(diff.kpis)})",
        _table(
            ["KPI", "before", "after"],
            [
                [
                    f"{_code(k.id)} {_cell(k.name)}",
                    _target(k.before, k.unit),
                    _target(k.after, k.unit),
                ]
                for k in diff.kpis
            ],
        ),
    )
    out += _details(f"New findings ({len(diff.new_diagnostics)})", _findings(diff.new_diagnostics))
    out += _details(
        f"Resolved findings ({len(diff.resolved_diagnostics)})",
        _findings(diff.resolved_diagnostics),
    )
    while out and out[-1] == "":
        out.pop()
    return "\n".join(out) + "\n"


def _overview(diff: Diff) -> list[str]:
    base, head = diff.base, diff.head
    rows = [
        ["data", _code(base.directory + "/"), _code(head.directory + "/")],
        ["state", side_state(base), side_state(head)],
        ["actions", _count(base), _count(head)],
        ["plan ends", last_month(diff.finish_before), last_month(diff.finish_after)],
        [
            "total cost",
            euros(money_field(diff.total_before, "cost")),
            euros(money_field(diff.total_after, "cost")),
        ],
        [
            "funding (secured)",
            _funding(diff, before=True),
            _funding(diff, before=False),
        ],
    ]
    return [*_table(["", "base", "head"], rows), ""]


def _count(side: Snapshot) -> str:
    if not side.present:
        return "0"
    if side.dataset is None and not side.titles:
        return "-"
    return str(len(side.titles))


def _funding(diff: Diff, *, before: bool) -> str:
    money = diff.total_before if before else diff.total_after
    if money is None:
        return "-"
    return f"{euros(money.funding)} ({euros(money.secured)})"


def _invalid(side: Snapshot, word: str) -> list[str]:
    errors = [d for d in side.diagnostics if d.severity is Severity.ERROR]
    lines = [
        f"> [!CAUTION]\n> The {word} ({_code(side_name(side))}) does not validate: "
        f"`roadmap check` finds {plural(len(errors), 'error')}. "
        + (
            "What needs a plan is left out below."
            if side.dataset is not None
            else "Only what can be read without the schema is compared."
        ),
        "",
    ]
    lines += _findings(errors[:MAX_LISTED_ERRORS])
    if len(errors) > MAX_LISTED_ERRORS:
        lines.append(f"- … and {len(errors) - MAX_LISTED_ERRORS} more")
    return [*lines, ""]


def _money(diff: Diff) -> list[str]:
    if diff.phases_before is None and diff.phases_after is None:
        return []
    rows = []
    for phase in PHASES:
        old = diff.phases_before.get(phase) if diff.phases_before else None
        new = diff.phases_after.get(phase) if diff.phases_after else None
        rows.append(_money_row(phase, old, new))
    rows.append(_money_row("**total**", diff.total_before, diff.total_after))
    return _details(
        "Cost and funding per phase",
        _table(
            ["phase", "cost before", "cost after", "change", "funding before", "funding after"],
            rows,
        ),
    )


def _money_row(label: str, old: Money | None, new: Money | None) -> list[str]:
    cost_old, cost_new = money_field(old, "cost"), money_field(new, "cost")
    fund_old, fund_new = money_field(old, "funding"), money_field(new, "funding")
    return [
        label,
        euros(cost_old),
        euros(cost_new),
        delta(cost_old, cost_new),
        euros(fund_old),
        euros(fund_new),
    ]


def _details(summary: str, body: list[str]) -> list[str]:
    if not body:
        return []
    return ["<details>", f"<summary>{summary}</summary>", "", *body, "", "</details>", ""]


def _table(header: list[str], rows: list[list[str]]) -> list[str]:
    if not rows:
        return []
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    lines += ["| " + " | ".join(row) + " |" for row in rows]
    return lines


def _change_table(changes: list[ActionChange], *, after: bool) -> list[str]:
    return _table(
        ["action", "plan"],
        [[_action(c), slot_text(c.after if after else c.before)] for c in changes],
    )


def _action(change: ActionChange) -> str:
    return f"{_code(change.id)} {_cell(change.title)}".strip()


def _findings(diagnostics: list[Diagnostic]) -> list[str]:
    lines = []
    for d in diagnostics:
        where = f"{d.file}:{d.line}" if d.line else d.file
        lines.append(f"- {_code(where)} {d.severity} {d.code}: {_cell(d.message)}")
    return lines


def _path(path: tuple[str, ...] | None) -> str:
    if path is None:
        return "-"
    return " → ".join(_code(i) for i in path) or "(empty)"


def _target(target: tuple[float, int] | None, unit: str) -> str:
    if target is None:
        return "-"
    return f"{number(target[0])} {_cell(unit)} by {target[1]}"


def _code(text: str) -> str:
    return "`" + text.replace("`", "'") + "`"


def _cell(text: str) -> str:
    """Text safe inside a table cell: no pipes, no raw HTML, one line."""
    return (
        " ".join(text.split())
        .replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("|", "\\|")
    )
