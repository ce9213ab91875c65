"""What rules see: the validated dataset, indexes over it, and where each record is."""

from __future__ import annotations

from collections.abc import Iterable
from functools import cached_property
from typing import TYPE_CHECKING, Protocol, TypeVar

from roadmap import graph as graphs
from roadmap.io.load import Loaded
from roadmap.models import Action, Dataset
from roadmap.months import format_month, parse_month
from roadmap.texts import say

if TYPE_CHECKING:
    import networkx as nx


class CheckContext:
    """The dataset of a directory that passed stages 1 and 2, with lookups for rules.

    `actions`, `goals`, `kpis` and the strategy's lists map ids to records, keeping the
    first record of an id given twice (R101 reports it). `action_index` is each action's
    position in actions.yaml, `dependencies` each action's links as written, and
    `active_actions` the actions that are not cancelled: the ones the plan schedules.
    """

    def __init__(self, loaded: Loaded, dataset: Dataset) -> None:
        self.loaded, self.dataset = loaded, dataset
        strategy = dataset.strategy
        self.actions = _first_by_id(dataset.actions)
        self.action_index: dict[str, int] = {}
        for i, action in enumerate(dataset.actions):
            self.action_index.setdefault(action.id, i)
        self.dependencies = [action.dependencies() for action in dataset.actions]
        self.goals = _first_by_id(dataset.goals)
        self.kpis = _first_by_id(k for g in dataset.goals for k in g.kpis)
        self.areas = _first_by_id(strategy.areas)
        self.objectives = _first_by_id(strategy.objectives)
        self.actors = _first_by_id(strategy.actors)
        self.funding_sources = _first_by_id(strategy.funding_sources)
        self.resources = _first_by_id(strategy.resources)
        self.active_actions = [a for a in dataset.actions if a.status != "cancelled"]

    @cached_property
    def horizon(self) -> tuple[int, int] | None:
        """The first and last month of the horizon as indexes; None if it ends before it starts."""
        start = parse_month(self.dataset.strategy.horizon.start)
        end = parse_month(self.dataset.strategy.horizon.end)
        return (start, end) if end >= start else None

    @cached_property
    def graph(self) -> nx.DiGraph:
        """The dependency graph of every action, cancelled ones included."""
        return graphs.dependency_graph(
            zip([a.id for a in self.dataset.actions], self.dependencies, strict=True)
        )

    @cached_property
    def active_graph(self) -> nx.DiGraph:
        """The dependency graph of the actions the plan schedules: `graph` itself when no
        action is cancelled, so that a large graph is built once."""
        if len(self.active_actions) == len(self.dataset.actions):
            return self.graph
        return graphs.graph_of(self.active_actions)

    @cached_property
    def active_order(self) -> list[str] | None:
        """A topological order of `active_graph`; None when it has a cycle."""
        return graphs.topological_order(self.active_graph)

    @cached_property
    def cycles(self) -> list[list[str]]:
        """The cycles of `graph` (see roadmap.graph.cycles)."""
        return graphs.cycles(self.graph)

    @cached_property
    def implied(self) -> graphs.Implied | None:
        """The dependencies of `active_graph` that longer paths imply; None on a cycle."""
        if self.active_order is None:
            return None
        return graphs.Implied(self.active_graph, self.active_order)

    @cached_property
    def phase_months(self) -> dict[str, tuple[int, int | None]]:
        """Each phase's first month and the first month after it (None for the long phase)."""
        assert self.horizon is not None
        first, phases = self.horizon[0], self.dataset.strategy.phases
        short, medium = first + phases.short, first + phases.medium
        return {"short": (first, short), "medium": (short, medium), "long": (medium, None)}

    def own_bound(self, action: Action) -> tuple[int, str]:
        """The first month `action` may start on its own terms, and the field that sets it:
        `earliest_start`, `phase` (the pinned phase's start) or "" (the horizon start);
        on a tie, the first of these."""
        assert self.horizon is not None
        bounds = [(self.horizon[0], "")]
        if action.phase is not None:
            bounds.append((self.phase_months[action.phase][0], "phase"))
        if action.earliest_start is not None:
            bounds.append((parse_month(action.earliest_start), "earliest_start"))
        return max(reversed(bounds), key=lambda bound: bound[0])

    @cached_property
    def earliest(self) -> dict[str, int]:
        """The earliest start month of every scheduled action, from its dependencies
        (finish plus lag) and own lower bound, ignoring capacity and budget; empty when
        the horizon is inverted or the graph has a cycle."""
        if self.horizon is None or self.active_order is None:
            return {}
        durations = {a.id: a.duration_months for a in self.active_actions}
        bounds = {a.id: self.own_bound(a)[0] for a in self.active_actions}
        return graphs.earliest_starts(self.active_graph, durations, bounds, self.active_order)

    @cached_property
    def starts(self) -> list[tuple[Action, int]]:
        """Each scheduled action with its earliest start (none if `earliest` is empty)."""
        return [(a, self.earliest[a.id]) for a in self.active_actions if self.earliest]

    def start_reason(self, action: Action) -> str:
        """`after A03 ends in 2022-05`, `its earliest_start`, ...: what sets the earliest start."""
        start, (bound, field) = self.earliest[action.id], self.own_bound(action)
        for pred, edge in self.active_graph.pred[action.id].items():
            end = self.earliest[pred] + self.actions[pred].duration_months
            if start != bound and end + edge["lag"] == start:
                lag = say("start.lag", lag=edge["lag"]) if edge["lag"] else ""
                return say("start.after", pred=pred, end=format_month(end - 1)) + lag
        if field == "earliest_start":
            return say("start.earliest")
        return say("start.pin", phase=action.phase) if field == "phase" else say("start.horizon")


class HasId(Protocol):
    @property
    def id(self) -> str: ...


_T = TypeVar("_T", bound=HasId)


def _first_by_id(items: Iterable[_T]) -> dict[str, _T]:
    result: dict[str, _T] = {}
    for item in items:
        result.setdefault(item.id, item)
    return result
