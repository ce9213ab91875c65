"""What rules see: the validated dataset, indexes over it, and where each record is."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cached_property, partial
from itertools import compress, repeat
from operator import add, attrgetter, itemgetter, ne
from typing import Protocol, TypeVar

from roadmap.checks.columns import ActionColumns
from roadmap.graph import DependencyGraph, earliest_starts
from roadmap.io.load import Loaded
from roadmap.models import (
    Action,
    Actor,
    Area,
    Dataset,
    DependencyLink,
    FundingSource,
    Goal,
    Kpi,
    Objective,
)
from roadmap.months import parse_month


@dataclass
class CheckContext:
    """The dataset of a directory that passed stages 1 and 2, with lookups for rules."""

    loaded: Loaded
    dataset: Dataset

    @cached_property
    def columns(self) -> ActionColumns:
        """The fields of every action, one sequence each, in actions.yaml order."""
        return ActionColumns.of(self.dataset.actions)

    @cached_property
    def active_columns(self) -> ActionColumns:
        """The fields of the actions in `active_actions`."""
        if len(self.active_actions) == len(self.dataset.actions):
            return self.columns
        return self.columns.select(self._scheduled_mask)

    @property
    def action_ids(self) -> Sequence[str]:
        """The id of every action, in actions.yaml order."""
        return self.columns.id

    @cached_property
    def actions(self) -> dict[str, Action]:
        """Actions by id (the first one where an id is duplicated)."""
        return _first_by_id(self.dataset.actions)

    @cached_property
    def action_index(self) -> dict[str, int]:
        """The position of each action in actions.yaml (the first one for a duplicate)."""
        index = dict(zip(self.action_ids, range(len(self.action_ids)), strict=True))
        if len(index) < len(self.action_ids):
            index = {}
            for i, ident in enumerate(self.action_ids):
                index.setdefault(ident, i)
        return index

    @cached_property
    def dependencies(self) -> list[list[DependencyLink]]:
        """Each action's dependencies with their lags, in actions.yaml order.

        Worked out once here: rules and both graphs read these lists.
        """
        return [action.dependencies() for action in self.dataset.actions]

    @cached_property
    def dependency_ids(self) -> list[list[str]]:
        """The ids each action depends on, as written (repeats and all)."""
        return list(map(list, map(partial(map, _FIRST), self.dependencies)))

    @cached_property
    def goals(self) -> dict[str, Goal]:
        """Goals by id."""
        return _first_by_id(self.dataset.goals)

    @cached_property
    def kpis(self) -> dict[str, Kpi]:
        """KPIs by id, across all goals."""
        return _first_by_id(k for g in self.dataset.goals for k in g.kpis)

    @cached_property
    def areas(self) -> dict[str, Area]:
        """Priority areas by id."""
        return _first_by_id(self.dataset.strategy.areas)

    @cached_property
    def objectives(self) -> dict[str, Objective]:
        """Strategic objectives by id."""
        return _first_by_id(self.dataset.strategy.objectives)

    @cached_property
    def actors(self) -> dict[str, Actor]:
        """Actors by id."""
        return _first_by_id(self.dataset.strategy.actors)

    @cached_property
    def funding_sources(self) -> dict[str, FundingSource]:
        """Funding sources by id."""
        return _first_by_id(self.dataset.strategy.funding_sources)

    @cached_property
    def _scheduled_mask(self) -> list[bool]:
        return list(map(ne, self.columns.status, repeat("cancelled")))

    @cached_property
    def active_actions(self) -> list[Action]:
        """The actions that are not cancelled: the ones the plan schedules."""
        return list(compress(self.dataset.actions, self._scheduled_mask))

    @cached_property
    def active_funding(self) -> list[int]:
        """The sum of the funding of each action in `active_actions`."""
        sums = partial(map, _AMOUNT)
        return list(map(sum, map(sums, self.active_columns.funding)))

    @cached_property
    def horizon(self) -> tuple[int, int] | None:
        """The first and last month of the horizon as indexes; None if it ends before it starts."""
        start = parse_month(self.dataset.strategy.horizon.start)
        end = parse_month(self.dataset.strategy.horizon.end)
        return (start, end) if end >= start else None

    @cached_property
    def graph(self) -> DependencyGraph:
        """The dependency graph of every action, cancelled ones included."""
        return DependencyGraph.from_dependencies(
            zip(self.action_ids, self.dependencies, strict=True)
        )

    @cached_property
    def active_graph(self) -> DependencyGraph:
        """The dependency graph of the actions the plan schedules (`graph` if all are)."""
        if len(self.active_actions) == len(self.dataset.actions):
            return self.graph
        return DependencyGraph.from_dependencies(
            compress(zip(self.action_ids, self.dependencies, strict=True), self._scheduled_mask)
        )

    @cached_property
    def order(self) -> list[str] | None:
        """A topological order of `graph`; None when it has a cycle."""
        return self.graph.topological_order()

    @cached_property
    def active_order(self) -> list[str] | None:
        """A topological order of `active_graph`; None when it has a cycle."""
        if self.active_graph is self.graph:
            return self.order
        return self.active_graph.topological_order()

    @cached_property
    def cycles(self) -> list[list[str]]:
        """The cycles of `graph` (see DependencyGraph.cycles); the search runs only if any."""
        return [] if self.order is not None else self.graph.cycles()

    def own_lower_bound(self, action: Action) -> int:
        """The earliest month `action` may start on its own terms.

        That is the latest of the horizon start, its `earliest_start` and the first month
        of its pinned phase. Call only when `horizon` is not None.
        """
        return self._lower_bound(action.earliest_start, action.phase)

    def _lower_bound(self, earliest_start: str | None, phase: str | None) -> int:
        assert self.horizon is not None
        bound = self.horizon[0]
        if earliest_start is not None:
            bound = max(bound, parse_month(earliest_start))
        if phase is not None:
            bound = max(bound, self.horizon[0] + phase_offsets(self, phase)[0])
        return bound

    @cached_property
    def earliest(self) -> dict[str, int]:
        """The earliest possible start month of every scheduled action.

        It comes from the dependencies (finish plus lag) and each action's own lower
        bound, ignoring capacity and budget. Empty when the horizon is inverted or the
        graph has a cycle (rules that need it run after those are reported).
        """
        if self.horizon is None or self.active_order is None:
            return {}
        first = self.horizon[0]
        columns = self.active_columns
        durations = dict(zip(columns.id, columns.duration_months, strict=True))
        bounds = dict.fromkeys(columns.id, first)
        for ident, earliest_start, phase in zip(
            columns.id, columns.earliest_start, columns.phase, strict=True
        ):
            if earliest_start is not None or phase is not None:
                bounds[ident] = self._lower_bound(earliest_start, phase)
        return earliest_starts(self.active_graph, durations, bounds, order=self.active_order)

    @cached_property
    def latest_finish(self) -> int | None:
        """The last of the earliest finishes (start plus duration) of the scheduled actions.

        None when `earliest` is empty. Rules compare it with a bound first, and look at
        each action only when some action could cross the bound.
        """
        if not self.earliest:
            return None
        columns = self.active_columns
        starts = map(self.earliest.__getitem__, columns.id)
        return max(map(add, starts, columns.duration_months), default=None)

    @cached_property
    def funding_windows(self) -> dict[str, tuple[int, int]]:
        """The eligibility window of each funding source that has one, as month indexes.

        A window that ends before it starts is left out (T304 reports it).
        """
        windows = {}
        for ident, source in self.funding_sources.items():
            if source.window is not None:
                opens, closes = parse_month(source.window.start), parse_month(source.window.end)
                if opens <= closes:
                    windows[ident] = (opens, closes)
        return windows

    def binding_predecessor(self, action: Action) -> tuple[str, int] | None:
        """The dependency (id, lag) that sets the earliest start, if one does."""
        start = self.earliest.get(action.id)
        if start is None or start == self.own_lower_bound(action):
            return None
        for pred, lag in self.active_graph.predecessors[action.id]:
            if self.earliest[pred] + self.actions[pred].duration_months + lag == start:
                return (pred, lag)
        return None


def phase_offsets(ctx: CheckContext, phase: str) -> tuple[int, int | None]:
    """The months from the horizon start where a phase begins and ends (exclusive).

    An action is short term when its start offset is below `phases.short`, medium term
    below `phases.medium`, long term otherwise; the long phase has no end.
    """
    phases = ctx.dataset.strategy.phases
    if phase == "short":
        return (0, phases.short)
    if phase == "medium":
        return (phases.short, phases.medium)
    return (phases.medium, None)


_AMOUNT = attrgetter("amount_eur")
_FIRST = itemgetter(0)


class _HasId(Protocol):
    @property
    def id(self) -> str: ...


_T = TypeVar("_T", bound=_HasId)


def _first_by_id(items: Iterable[_T]) -> dict[str, _T]:
    chosen = list(items)
    result = {item.id: item for item in chosen}
    if len(result) < len(chosen):
        result = {}
        for item in chosen:
            result.setdefault(item.id, item)
    return result
