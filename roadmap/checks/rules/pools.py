"""Stage 3: what an action `needs` names a shared pool of strategy.yaml, within its size."""

from __future__ import annotations

from collections.abc import Iterator

from roadmap.checks.context import CheckContext
from roadmap.checks.registry import Finding, Stage, rule
from roadmap.checks.rules._text import did_you_mean
from roadmap.texts import say


@rule("R116", "Unknown resource pool", Stage.REFERENCES)
def unknown_pool(ctx: CheckContext) -> Iterator[Finding]:
    """An action `needs` units of pools listed under `resources:` in strategy.yaml."""
    for i, action in enumerate(ctx.dataset.actions):
        for pool in action.needs:
            if pool not in ctx.resources:
                text = say("R116", id=action.id, pool=pool) + did_you_mean(pool, ctx.resources)
                yield Finding(("actions", i, "needs", pool), text, at_key=True)


@rule("R117", "Need above the pool's capacity", Stage.REFERENCES)
def need_above_capacity(ctx: CheckContext) -> Iterator[Finding]:
    """An action that needs more units than its pool has could never run."""
    for i, action in enumerate(ctx.dataset.actions):
        for pool, units in action.needs.items():
            known = ctx.resources.get(pool)
            if known is not None and units > known.capacity:
                text = say("R117", id=action.id, units=units, pool=pool, capacity=known.capacity)
                yield Finding(("actions", i, "needs", pool), text)
