"""Stage 3: ids are unique, and every reference names something that exists."""

from __future__ import annotations

from collections.abc import Iterator

from roadmap.checks.context import CheckContext
from roadmap.checks.registry import Finding, Stage, rule


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
    strategy = ctx.dataset.strategy
    groups: list[tuple[str, str, list[tuple[tuple[object, ...], str]]]] = [
        (
            "strategy",
            "objective",
            [(("objectives", i, "id"), o.id) for i, o in enumerate(strategy.objectives)],
        ),
        (
            "strategy",
            "priority area",
            [(("areas", i, "id"), a.id) for i, a in enumerate(strategy.areas)],
        ),
        ("strategy", "actor", [(("actors", i, "id"), a.id) for i, a in enumerate(strategy.actors)]),
        (
            "strategy",
            "funding source",
            [(("funding_sources", i, "id"), f.id) for i, f in enumerate(strategy.funding_sources)],
        ),
        ("goals", "goal", [(("goals", i, "id"), g.id) for i, g in enumerate(ctx.dataset.goals)]),
        (
            "goals",
            "KPI",
            [
                (("goals", i, "kpis", j, "id"), k.id)
                for i, g in enumerate(ctx.dataset.goals)
                for j, k in enumerate(g.kpis)
            ],
        ),
        (
            "actions",
            "action",
            [(("actions", i, "id"), a.id) for i, a in enumerate(ctx.dataset.actions)],
        ),
    ]
    for kind, noun, entries in groups:
        seen: dict[str, tuple[object, ...]] = {}
        for loc, ident in entries:
            if ident in seen:
                yield Finding(
                    kind, loc, f"{noun} id '{ident}' is used twice; give this {noun} another id"
                )
            else:
                seen[ident] = loc
