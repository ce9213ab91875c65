"""Stage 4: the dependencies form an acyclic graph without needless edges."""

from __future__ import annotations

from collections.abc import Iterator
from itertools import pairwise

from roadmap.checks.context import CheckContext
from roadmap.checks.registry import Finding, Stage, rule
from roadmap.diagnostics import Severity
from roadmap.texts import say


@rule("G201", "Self-dependency", Stage.GRAPH)
def self_dependency(ctx: CheckContext) -> Iterator[Finding]:
    """An action cannot wait for its own finish; it could never start."""
    for i, action in enumerate(ctx.dataset.actions):
        for j, dep in enumerate(ctx.dependencies[i]):
            if dep.id == action.id:
                yield Finding(("actions", i, "depends_on", j, "id"), say("G201", id=action.id))


@rule("G202", "Dependency cycle", Stage.GRAPH)
def dependency_cycle(ctx: CheckContext) -> Iterator[Finding]:
    """Actions that wait for each other in a ring can never start. The whole ring is named."""
    for cycle in ctx.cycles:
        ring = [*cycle, cycle[0]]
        said = [
            say("G202.on" if k else "G202.first", a=a, b=b)
            for k, (a, b) in enumerate(pairwise(ring))
        ]
        i = ctx.action_index[cycle[0]]
        j = [dep.id for dep in ctx.dependencies[i]].index(cycle[1])
        yield Finding(
            ("actions", i, "depends_on", j, "id"),
            say("G202", ring=" -> ".join(ring), pairs=", ".join(said)),
        )


@rule("G203", "Redundant transitive dependency", Stage.GRAPH, Severity.WARNING)
def redundant_dependency(ctx: CheckContext) -> Iterator[Finding]:
    """A dependency already implied through another one adds nothing but clutter.

    A direct dependency on X is redundant when the action also depends on Y, and Y
    depends (directly or further down) on X, so that X must finish first anyway. A
    direct dependency with a lag is kept when the chain does not already imply the lag.
    """
    implied = ctx.implied
    if implied is None:
        return
    durations = {a.id: a.duration_months for a in ctx.active_actions}
    graph = ctx.active_graph
    for node in graph:
        through = implied.through.get(node)
        if through is None:
            continue
        i = ctx.action_index[node]
        written = {d.id: j for j, d in reversed(list(enumerate(ctx.dependencies[i])))}
        edges = graph.pred[node]
        for dep, other in through.items():
            lag = edges[dep]["lag"]
            if lag:
                found = implied.longest_wait(node, dep, durations)
                if found is None or found[0] < lag:
                    continue
                chain = found[1]
            else:
                chain = implied.path(other, dep)
            path = [node, *chain]
            text = say("G203", id=node, dep=dep, via=chain[0], path=_shown(path))
            yield Finding(("actions", i, "depends_on", written[dep], "id"), text)


def _shown(path: list[str]) -> str:
    """`A -> B -> C`, with the middle of a long chain elided."""
    if len(path) <= 6:
        return " -> ".join(path)
    return " -> ".join([*path[:3], "...", *path[-2:]]) + say("G203.links", n=len(path) - 1)


@rule("G204", "Dependency on a cancelled action", Stage.GRAPH, Severity.WARNING)
def cancelled_dependency(ctx: CheckContext) -> Iterator[Finding]:
    """A cancelled action never finishes, so waiting for it is a planning gap.

    The plan leaves the dependency out; the warning asks for a decision.
    """
    for i, action in enumerate(ctx.dataset.actions):
        if action.status == "cancelled":
            continue
        for j, dep in enumerate(ctx.dependencies[i]):
            target = ctx.actions.get(dep.id)
            if target is not None and target.status == "cancelled" and dep.id != action.id:
                text = say("G204", id=action.id, dep=dep.id)
                yield Finding(("actions", i, "depends_on", j, "id"), text)
