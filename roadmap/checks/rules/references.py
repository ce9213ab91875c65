"""Stage 3: every reference names something that exists."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from typing import Any

from roadmap.checks.context import CheckContext
from roadmap.checks.registry import Finding, Stage, rule
from roadmap.checks.rules._text import did_you_mean
from roadmap.diagnostics import Severity
from roadmap.texts import say


@rule("R102", "Unknown goal", Stage.REFERENCES)
def unknown_goal(ctx: CheckContext) -> Iterator[Finding]:
    """An action serves goals of goals.yaml; a goal id that is not there is a typo."""
    yield from _unknown("actions", enumerate(ctx.dataset.actions), "goals", ctx.goals, "R102")


def _unknown(
    kind: str, owners: Iterable[tuple[int, Any]], field: str, known: Mapping[str, object], key: str
) -> Iterator[Finding]:
    """A finding for each id in the `field` list of each (index, owner) not in `known`;
    a `field` that is not a list holds one id, and the finding points at it."""
    for i, owner in owners:
        ids = getattr(owner, field)
        for j, ident in enumerate(ids) if isinstance(ids, list) else [(None, ids)]:
            if ident not in known:
                message = say(key, owner=owner.id, id=ident) + did_you_mean(ident, known)
                yield Finding((kind, i, field) if j is None else (kind, i, field, j), message)


@rule("R103", "Unknown priority area", Stage.REFERENCES)
def unknown_area(ctx: CheckContext) -> Iterator[Finding]:
    """Each goal belongs to a priority area listed under `areas:` in strategy.yaml."""
    yield from _unknown("goals", enumerate(ctx.dataset.goals), "area", ctx.areas, "R103")


@rule("R104", "Unknown strategic objective", Stage.REFERENCES)
def unknown_objective(ctx: CheckContext) -> Iterator[Finding]:
    """A goal serves strategic objectives listed under `objectives:` in strategy.yaml."""
    yield from _unknown("goals", enumerate(ctx.dataset.goals), "objectives", ctx.objectives, "R104")


@rule("R105", "Unknown actor", Stage.REFERENCES)
def unknown_actor(ctx: CheckContext) -> Iterator[Finding]:
    """The lead and every participant must be actors of strategy.yaml."""
    for i, action in enumerate(ctx.dataset.actions):
        yield from _unknown("actions", [(i, action)], "lead", ctx.actors, "R105.lead")
        yield from _unknown("actions", [(i, action)], "participants", ctx.actors, "R105")


@rule("R106", "Unknown dependency", Stage.REFERENCES)
def unknown_dependency(ctx: CheckContext) -> Iterator[Finding]:
    """`depends_on` names other actions of actions.yaml."""
    for i, action in enumerate(ctx.dataset.actions):
        for j, dep in enumerate(ctx.dependencies[i]):
            if dep.id not in ctx.actions:
                text = say("R106", owner=action.id, id=dep.id) + did_you_mean(dep.id, ctx.actions)
                yield Finding(("actions", i, "depends_on", j, "id"), text)


@rule("R107", "Unknown funding source", Stage.REFERENCES)
def unknown_funding_source(ctx: CheckContext) -> Iterator[Finding]:
    """Funding comes from a source listed under `funding_sources:` in strategy.yaml."""
    for i, action in enumerate(ctx.dataset.actions):
        for j, funding in enumerate(action.funding):
            if funding.source not in ctx.funding_sources:
                text = say("R107", owner=action.id, id=funding.source)
                text += did_you_mean(funding.source, ctx.funding_sources)
                yield Finding(("actions", i, "funding", j, "source"), text)


@rule("R108", "Unknown KPI", Stage.REFERENCES)
def unknown_kpi(ctx: CheckContext) -> Iterator[Finding]:
    """An action's `kpis` name KPIs defined under the goals of goals.yaml."""
    yield from _unknown("actions", enumerate(ctx.dataset.actions), "kpis", ctx.kpis, "R108")


@rule("R109", "Participant is also the lead", Stage.REFERENCES, Severity.WARNING)
def participant_is_lead(ctx: CheckContext) -> Iterator[Finding]:
    """The lead already takes part; listing it again double-counts it in the matrices."""
    for i, action in enumerate(ctx.dataset.actions):
        for j, actor in enumerate(action.participants):
            if actor == action.lead:
                text = say("R109", id=action.id, actor=actor)
                yield Finding(("actions", i, "participants", j), text)


@rule("R115", "Action origin names no activity list", Stage.REFERENCES)
def unknown_origin_list(ctx: CheckContext) -> Iterator[Finding]:
    """One of the strategy's own activities names the version of the list it comes from.

    That version is a document of kind `activity_list` in strategy.yaml, so that a
    reader can tell the strategy's activities from the ones the roadmap adds.
    """
    lists = {d.id: d.kind for d in ctx.dataset.strategy.documents}
    for i, action in enumerate(ctx.dataset.actions):
        named, origin = action.origin_list, action.origin
        if named is None:
            if origin == "strategy":
                yield Finding(("actions", i, "origin"), say("R115.none", id=action.id))
            continue
        if origin != "strategy":
            text = say("R115.origin", id=action.id, named=named)
        elif named not in lists:
            text = say("R115.unknown", id=action.id, named=named) + did_you_mean(named, lists)
        elif lists[named] != "activity_list":
            text = say("R115.kind", id=action.id, named=named, kind=lists[named])
        else:
            continue
        yield Finding(("actions", i, "origin_list"), text)
