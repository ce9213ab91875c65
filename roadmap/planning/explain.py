"""Why an action starts when it does, and what would move it earlier.

Every "what if" is answered by changing the data set and planning again, never by
guessing: the same scheduler that made the plan says where the action would go.
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass, replace

from roadmap.graph import graph_of
from roadmap.models import Action, Dataset, Dependency, PriorityInputs, text_in
from roadmap.planning import PlanOptions, plan
from roadmap.planning.result import Placement, Plan, Reason


class UnknownActionError(LookupError):
    """The id names no action; `suggestions` are the closest ids."""

    def __init__(self, action_id: str, suggestions: list[str]) -> None:
        self.action_id = action_id
        self.suggestions = suggestions
        super().__init__(action_id)


@dataclass(frozen=True)
class Link:
    """One step of the binding chain: an action and what bound its start."""

    id: str
    start: int
    finish: int
    critical: bool
    reason: Reason | None


@dataclass(frozen=True)
class WhatIf:
    """A change to the data, and where the action would start after re-planning."""

    change: str
    start: int
    moved: int
    """Months earlier (0 when the change does not move it)."""
    binding: str
    """What binds the action's start after the change."""


@dataclass(frozen=True)
class Explanation:
    """Everything `roadmap explain` says about one action."""

    placement: Placement
    title: str
    plan: Plan
    chain: tuple[Link, ...]
    depends_on: int
    dependents: int
    what_ifs: tuple[WhatIf, ...]


def find_action(dataset: Dataset, action_id: str) -> Action:
    """The action with `action_id`, or UnknownActionError with the closest ids."""
    for action in dataset.actions:
        if action.id == action_id:
            return action
    by_folded = {a.id.casefold(): a.id for a in reversed(dataset.actions)}
    close = difflib.get_close_matches(action_id.casefold(), list(by_folded), n=3, cutoff=0.5)
    raise UnknownActionError(action_id, [by_folded[c] for c in close])


def explain(
    dataset: Dataset,
    action_id: str,
    options: PlanOptions | None = None,
    *,
    base: Plan | None = None,
) -> Explanation | None:
    """Explain `action_id` in the plan of `dataset`; None when the plan leaves it out.

    `base` is the plan of `dataset` under `options` when the caller has already made it.
    """
    options = options or PlanOptions()
    action = find_action(dataset, action_id)
    if base is None:
        base = plan(dataset, options)
    placement = base.by_id.get(action_id)
    if placement is None:
        return None
    import networkx as nx  # noqa: PLC0415

    graph = graph_of(a for a in dataset.actions if a.id in base.by_id)
    return Explanation(
        placement=placement,
        title=text_in(action.title, "en"),
        plan=base,
        chain=_chain(base, action_id),
        depends_on=len(nx.ancestors(graph, action_id)),
        dependents=len(nx.descendants(graph, action_id)),
        what_ifs=tuple(_what_ifs(dataset, options, action, placement)),
    )


def _chain(base: Plan, action_id: str) -> tuple[Link, ...]:
    links = []
    node: str | None = action_id
    while node is not None:
        here = base.by_id[node]
        reason = here.reasons[0] if here.reasons else None
        links.append(Link(node, here.start, here.finish, here.critical, reason))
        node = reason.predecessor if reason is not None and reason.binding == "dependency" else None
    return tuple(links)


def _what_ifs(
    dataset: Dataset, options: PlanOptions, action: Action, placement: Placement
) -> list[WhatIf]:
    changes: list[tuple[str, Dataset]] = []
    for reason in placement.reasons:
        if reason.binding in ("capacity", "pool"):
            changes += _more_capacity(dataset, reason)
        elif reason.binding == "budget" and reason.year is not None:
            caps = dataset.strategy.budget_caps or {}
            kept = {y: c for y, c in caps.items() if y != reason.year}
            changes.append(
                (f"lift the {reason.year} budget cap", _strategy(dataset, budget_caps=kept))
            )
        elif reason.binding == "dependency" and reason.predecessor is not None:
            changes += _dependency_changes(dataset, action, reason.predecessor, reason.lag)
        elif reason.binding == "earliest_start":
            changes.append(
                ("drop its earliest_start", _edit(dataset, action.id, earliest_start=None))
            )
        elif reason.binding == "pin":
            text = f"unpin it from the {action.phase} term"
            changes.append((text, _edit(dataset, action.id, phase=None)))
    if placement.reasons and placement.reasons[0].binding in ("capacity", "budget", "pool"):
        top = PriorityInputs(impact=5, readiness=5)
        text = "give it the top priority (impact 5, readiness 5)"
        changes.append((text, _edit(dataset, action.id, priority=top)))
    results = []
    for text, changed in changes:
        moved = plan(changed, options).by_id[action.id]
        first = moved.reasons[0].detail if moved.reasons else ""
        results.append(WhatIf(text, moved.start, placement.start - moved.start, first))
    return results


def _more_capacity(dataset: Dataset, reason: Reason) -> list[tuple[str, Dataset]]:
    """One more unit of the lead's capacity or of the pool that held the action."""
    pool = reason.binding == "pool"
    field, item_id, label = (
        ("resources", reason.pool, "pool ") if pool else ("actors", reason.actor, "")
    )
    items = getattr(dataset.strategy, field)
    item = next((i for i in items if i.id == item_id), None)
    if item is None or item.capacity is None:
        return []
    more = [i.model_copy(update={"capacity": i.capacity + 1}) if i is item else i for i in items]
    text = f"raise the capacity of {label}{item_id} from {item.capacity} to {item.capacity + 1}"
    return [(text, _strategy(dataset, **{field: more}))]


def _dependency_changes(
    dataset: Dataset, action: Action, pred_id: str, lag: int
) -> list[tuple[str, Dataset]]:
    changes = []
    pred = next(a for a in dataset.actions if a.id == pred_id)
    if pred.duration_months > 1:
        months = pred.duration_months
        text = f"shorten {pred_id} by a month ({months} -> {months - 1})"
        changes.append((text, _edit(dataset, pred_id, duration_months=months - 1)))
    if lag:
        deps = [
            Dependency(id=d.id, lag_months=0 if d.id == pred_id else d.lag_months)
            for d in action.dependencies()
        ]
        text = f"drop the {lag}-month lag after {pred_id}"
        changes.append((text, _edit(dataset, action.id, depends_on=deps)))
    return changes


def _strategy(dataset: Dataset, **update: object) -> Dataset:
    return replace(dataset, strategy=dataset.strategy.model_copy(update=update))


def _edit(dataset: Dataset, action_id: str, **update: object) -> Dataset:
    actions = [a.model_copy(update=update) if a.id == action_id else a for a in dataset.actions]
    return replace(dataset, actions=actions)
