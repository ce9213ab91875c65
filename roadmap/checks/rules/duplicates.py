"""Stage 3: ids are unique within their kind, and no list names the same id twice."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from roadmap.checks.context import CheckContext, HasId
from roadmap.checks.registry import Finding, Stage, rule
from roadmap.diagnostics import Severity
from roadmap.texts import item_name, say


@rule("R101", "Duplicate id", Stage.REFERENCES)
def duplicate_ids(ctx: CheckContext) -> Iterator[Finding]:
    """Ids must be unique within their kind, or references become ambiguous."""
    strategy, goals = ctx.dataset.strategy, ctx.dataset.goals
    groups: tuple[tuple[str, Sequence[HasId]], ...] = (
        ("objectives", strategy.objectives),
        ("areas", strategy.areas),
        ("actors", strategy.actors),
        ("funding_sources", strategy.funding_sources),
        ("documents", strategy.documents),
        ("resources", strategy.resources),
        ("goals", goals),
    )
    places: list[tuple[str, tuple[object, ...], str]] = [
        (field, (field, i, "id"), item.id)
        for field, items in groups
        for i, item in enumerate(items)
    ]
    for i, goal in enumerate(goals):
        places += [("kpis", ("goals", i, "kpis", j, "id"), k.id) for j, k in enumerate(goal.kpis)]
    places += [("actions", ("actions", i, "id"), a.id) for i, a in enumerate(ctx.dataset.actions)]
    seen: set[tuple[str, str]] = set()
    for kind, loc, ident in places:
        if (kind, ident) in seen:
            yield Finding(loc, say("R101", noun=item_name(kind), id=ident))
        seen.add((kind, ident))


@rule("R110", "Id listed twice in one list", Stage.REFERENCES, Severity.WARNING)
def repeated_reference(ctx: CheckContext) -> Iterator[Finding]:
    """A repeated id in `goals`, `participants`, `depends_on`, `kpis` or `objectives` is noise."""
    for i, goal in enumerate(ctx.dataset.goals):
        yield from _repeats(("goals", i), "objectives", goal.objectives, goal.id)
    for i, action in enumerate(ctx.dataset.actions):
        depends_on = [dep.id for dep in ctx.dependencies[i]]
        lists = (action.goals, action.participants, depends_on, action.kpis)
        for field, ids in zip(("goals", "participants", "depends_on", "kpis"), lists, strict=True):
            if len(set(ids)) < len(ids):
                yield from _repeats(("actions", i), field, ids, action.id)


def _repeats(base: tuple[str, int], field: str, ids: list[str], owner: str) -> Iterator[Finding]:
    seen: set[str] = set()
    owner = f"{item_name(base[0])} {owner}"
    for j, ident in enumerate(ids):
        if ident in seen:
            yield Finding((*base, field, j), say("R110", owner=owner, id=ident, field=field))
        seen.add(ident)
