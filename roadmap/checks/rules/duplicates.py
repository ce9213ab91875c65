"""Stage 3: ids are unique within their kind, and no list names the same id twice."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from roadmap.checks.context import CheckContext, HasId
from roadmap.checks.registry import Finding, Stage, rule
from roadmap.diagnostics import Severity


@rule("R101", "Duplicate id", Stage.REFERENCES)
def duplicate_ids(ctx: CheckContext) -> Iterator[Finding]:
    """Ids must be unique within their kind, or references become ambiguous.

    Failing:

        actions:
          - {id: A01, ...}
          - {id: A01, ...}

    Passing:

        actions:
          - {id: A01, ...}
          - {id: A02, ...}
    """
    strategy, goals = ctx.dataset.strategy, ctx.dataset.goals
    groups: tuple[tuple[str, str, Sequence[HasId]], ...] = (
        ("objective", "objectives", strategy.objectives),
        ("priority area", "areas", strategy.areas),
        ("actor", "actors", strategy.actors),
        ("funding source", "funding_sources", strategy.funding_sources),
        ("document", "documents", strategy.documents),
        ("resource pool", "resources", strategy.resources),
        ("goal", "goals", goals),
    )
    places: list[tuple[str, tuple[object, ...], str]] = [
        (noun, (field, i, "id"), item.id)
        for noun, field, items in groups
        for i, item in enumerate(items)
    ]
    for i, goal in enumerate(goals):
        places += [("KPI", ("goals", i, "kpis", j, "id"), k.id) for j, k in enumerate(goal.kpis)]
    places += [("action", ("actions", i, "id"), a.id) for i, a in enumerate(ctx.dataset.actions)]
    seen: set[tuple[str, str]] = set()
    for noun, loc, ident in places:
        if (noun, ident) in seen:
            yield Finding(loc, f"{noun} id '{ident}' is used twice; give this {noun} another id")
        seen.add((noun, ident))


@rule("R110", "Id listed twice in one list", Stage.REFERENCES, Severity.WARNING)
def repeated_reference(ctx: CheckContext) -> Iterator[Finding]:
    """A repeated id in `goals`, `participants`, `depends_on`, `kpis` or `objectives` is noise.

    Failing:

        actions:
          - {id: A02, depends_on: [A01, A01], ...}

    Passing:

        actions:
          - {id: A02, depends_on: [A01], ...}
    """
    for i, goal in enumerate(ctx.dataset.goals):
        yield from _repeats(("goals", i), "objectives", goal.objectives, f"goal {goal.id}")
    for i, action in enumerate(ctx.dataset.actions):
        lists = (action.goals, action.participants, ctx.dependency_ids[i], action.kpis)
        for field, ids in zip(("goals", "participants", "depends_on", "kpis"), lists, strict=True):
            if len(set(ids)) < len(ids):
                yield from _repeats(("actions", i), field, ids, f"action {action.id}")


def _repeats(base: tuple[object, ...], field: str, ids: list[str], owner: str) -> Iterator[Finding]:
    seen: set[str] = set()
    for j, ident in enumerate(ids):
        if ident in seen:
            yield Finding(
                (*base, field, j), f"{owner} lists '{ident}' twice in {field}; remove the repeat"
            )
        seen.add(ident)
