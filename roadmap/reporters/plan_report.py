"""The plan as JSON (the fixed interface of spec section 8) and as Markdown."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any, TextIO

from roadmap.models import Dataset
from roadmap.months import format_month
from roadmap.reporters.json_lines import Lines, encode, json_text, quote, write_json
from roadmap.reporters.plan_view import plan_view
from roadmap.scheduling.result import Objective, Placement, Plan, Reason


def plan_json(plan: Plan) -> str:
    """One JSON object: horizon, actions, critical_path, objective and deferred, plus
    finish and diagnostics.

    Each action has the fixed keys (id, start, finish, phase, slack_months, critical) and
    the facts behind them (lead, duration, cost, earliest start, score, binding reasons),
    on a line of its own.
    """
    return json_text(_payload(plan))


def write_plan_json(plan: Plan, stream: TextIO) -> None:
    """`plan_json` written to `stream` an action at a time (a large plan is never one string)."""
    write_json(stream, _payload(plan))


def _payload(plan: Plan) -> dict[str, Any]:
    return {
        "horizon": {
            "start": format_month(plan.horizon_start),
            "end": format_month(plan.horizon_end),
        },
        "as_of": None if plan.as_of is None else format_month(plan.as_of),
        "finish": format_month(plan.finish),
        "feasible": plan.feasible,
        "actions": Lines(_action_lines(plan)),
        "critical_path": list(plan.critical_path),
        "objective": objective_json(plan),
        "deferred": [{"id": d.id, "reason": d.reason} for d in plan.deferred],
        "diagnostics": Lines(encode(d.as_dict()) for d in plan.diagnostics),
    }


def objective_json(plan: Plan) -> dict[str, Any]:
    """The objective's fixed JSON shape: name, value, bound (null for the priority rule)
    and status. A plan made without one reports its finish, as the priority rule does."""
    objective = plan.objective or Objective(
        "finish", plan.finish - plan.horizon_start, None, "heuristic"
    )
    return {
        "name": objective.name,
        "value": _number(objective.value),
        "bound": None if objective.bound is None else _number(objective.bound),
        "status": objective.status,
    }


def _number(value: float) -> int | float:
    """A whole number as an int (months), anything else rounded to 4 places."""
    return int(value) if float(value).is_integer() else round(value, 4)


def _action_lines(plan: Plan) -> Iterator[str]:
    shared: dict[int, str] = {}
    for placement in plan.placements:
        yield action_json(placement, shared)


_BOOL = {True: "true", False: "false"}


def action_json(placement: Placement, shared: dict[int, str] | None = None) -> str:
    """The JSON object of one action of the plan.

    Written with f-strings rather than a dict through `json` (half the time at 10,000
    actions); strings that come from the data go through `quote`, and the tests compare
    the result with `json.dumps` of the same values.

    `shared` keeps the text of each reason that is not a dependency by the reason's id:
    the planner gives every action held back by the same lead in the same month one
    capacity reason, which names every action that was running (hundreds, at 100,000).
    Pass the same dict for all the actions of one plan, while the plan is alive.
    """
    (ident, start, finish, phase, slack, critical, earliest, score, reasons, lead, cost, fixed) = (
        placement
    )
    if shared is None:
        shared = {}
    if len(reasons) == 1:
        texts = _reason_text(reasons[0], shared)
    else:
        texts = ", ".join([_reason_text(reason, shared) for reason in reasons])
    return (
        f'{{"id": {quote(ident)}, "start": "{format_month(start)}", '
        f'"finish": "{format_month(finish)}", "phase": "{phase}", '
        f'"slack_months": {slack}, "critical": {_BOOL[critical]}, '
        f'"lead": {quote(lead)}, "duration_months": {finish - start}, '
        f'"cost_eur": {cost}, "earliest_start": "{format_month(earliest)}", '
        f'"priority_score": {round(score, 4)!r}, "fixed": {_BOOL[fixed]}, '
        f'"reasons": [{texts}]}}'
    )


def _reason_text(reason: Reason, shared: dict[int, str]) -> str:
    if reason.predecessor is not None:
        return reason_json(reason)
    text = shared.get(id(reason))
    if text is None:
        text = shared[id(reason)] = reason_json(reason)
    return text


def reason_json(reason: Reason) -> str:
    """The JSON object of one binding reason; the keys after `detail` depend on the kind."""
    text = (
        f'{{"binding": "{reason.binding}", "month": "{format_month(reason.month)}", '
        f'"detail": {quote(reason.detail)}'
    )
    if reason.predecessor is not None:
        text += f', "predecessor": {quote(reason.predecessor)}, "lag_months": {reason.lag}'
    if reason.actor is not None:
        text += f', "actor": {quote(reason.actor)}, "holders": {encode(list(reason.holders))}'
    if reason.year is not None:
        text += f', "year": {reason.year}'
    if reason.pool is not None:
        text += f', "pool": {quote(reason.pool)}, "holders": {encode(list(reason.holders))}'
    return text + "}"


def _cell(text: str) -> str:
    return text.replace("\\", "\\\\").replace("|", "\\|").replace("\n", " ")


def plan_markdown(plan: Plan, dataset: Dataset, lang: str = "en") -> str:
    """The plan as Markdown: a summary, a table per phase, the critical path, problems."""
    view = plan_view(plan, dataset, lang)
    out = [f"# {_cell(view.name)}: plan", "", f"Horizon {view.horizon}. {view.summary}.", ""]
    if view.objective:
        out += [f"{_cell(view.objective)}.", ""]
    if view.deferred:
        out += [f"## Deferred ({_cell(view.deferred_summary)})", ""]
        out += ["| Action | Title | What pushed it out | Cost (EUR) |", "|---|---|---|---:|"]
        out += [
            f"| {row.id} | {_cell(row.title)} | {_cell(row.reason)} | {row.cost} |"
            for row in view.deferred
        ]
        out.append("")
    for section in view.sections:
        out += [f"## {section.title} ({section.span})", ""]
        if not section.rows:
            out += ["No actions start in this phase.", ""]
            continue
        out += [
            "| Action | Title | Months | Lead | Cost (EUR) | Slack | Critical |",
            "|---|---|---|---|---:|---:|:---:|",
        ]
        for row in section.rows:
            mark = "yes" if row.critical else ""
            title = _cell(row.title) + (" (as recorded)" if row.fixed else "")
            out.append(
                f"| {row.id} | {title} | {row.months} | {row.lead} | {row.cost} "
                f"| {row.slack} | {mark} |"
            )
        out += ["", f"Phase cost: {section.cost} EUR.", ""]
    out += ["## Critical path", "", view.critical_path, ""]
    if plan.diagnostics:
        out += ["## Problems", ""]
        for d in plan.diagnostics:
            where = f"{d.file}:{d.line}" if d.line else d.file
            out.append(f"- **{d.severity} {d.code}** `{where}`: {_cell(d.message)}")
        out.append("")
    return "\n".join(out)
