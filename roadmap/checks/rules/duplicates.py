"""Stage 3: ids are unique within their kind, and no list names the same id twice."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from roadmap.checks.context import CheckContext
from roadmap.checks.registry import Finding, Stage, rule
from roadmap.checks.rules import _screen
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
    for kind, noun, ids, locs in _id_groups(ctx):
        if len(set(ids)) == len(ids):
            continue
        seen: set[str] = set()
        for loc, ident in zip(locs, ids, strict=True):
            if ident in seen:
                yield Finding(
                    kind, loc, f"{noun} id '{ident}' is used twice; give this {noun} another id"
                )
            else:
                seen.add(ident)


_Group = tuple[str, str, Sequence[str], Iterator[tuple[object, ...]]]


def _id_groups(ctx: CheckContext) -> Iterator[_Group]:
    """Each kind of record: its file, its noun, its ids and where they are.

    The places are generators, so that they are made only for a kind with a repeat.
    """
    strategy = ctx.dataset.strategy
    goals = ctx.dataset.goals
    yield _group("strategy", "objective", "objectives", [o.id for o in strategy.objectives])
    yield _group("strategy", "priority area", "areas", [a.id for a in strategy.areas])
    yield _group("strategy", "actor", "actors", [a.id for a in strategy.actors])
    yield _group(
        "strategy", "funding source", "funding_sources", [f.id for f in strategy.funding_sources]
    )
    yield _group("strategy", "resource pool", "resources", [r.id for r in strategy.resources])
    yield _group("goals", "goal", "goals", [g.id for g in goals])
    kpi_locs = (
        ("goals", i, "kpis", j, "id") for i, g in enumerate(goals) for j in range(len(g.kpis))
    )
    yield "goals", "KPI", [k.id for g in goals for k in g.kpis], kpi_locs
    yield _group("actions", "action", "actions", ctx.action_ids)


def _group(kind: str, noun: str, field: str, ids: Sequence[str]) -> _Group:
    return kind, noun, ids, ((field, i, "id") for i in range(len(ids)))


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
        yield from _repeats("goals", ("goals", i), "objectives", goal.objectives, f"goal {goal.id}")
    actions = ctx.dataset.actions
    columns = ctx.columns
    suspects: set[int] = set()
    for lists in (columns.goals, columns.participants, ctx.dependency_ids, columns.kpis):
        suspects.update(_screen.with_repeats(lists))
    for i in sorted(suspects):
        action = actions[i]
        owner = f"action {action.id}"
        yield from _repeats("actions", ("actions", i), "goals", action.goals, owner)
        yield from _repeats("actions", ("actions", i), "participants", action.participants, owner)
        yield from _repeats("actions", ("actions", i), "depends_on", ctx.dependency_ids[i], owner)
        yield from _repeats("actions", ("actions", i), "kpis", action.kpis, owner)


def _repeats(
    kind: str, base: tuple[object, ...], field: str, ids: list[str], owner: str
) -> Iterator[Finding]:
    seen: set[str] = set()
    for j, ident in enumerate(ids):
        if ident in seen:
            yield Finding(
                kind,
                (*base, field, j),
                f"{owner} lists '{ident}' twice in {field}; remove the repeat",
            )
        seen.add(ident)
