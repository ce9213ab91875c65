"""What rules see: the validated dataset, indexes over it, and where each record is."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import cached_property
from typing import Protocol, TypeVar

from roadmap.loading import Loaded
from roadmap.models import Action, Actor, Area, Dataset, FundingSource, Goal, Kpi, Objective


@dataclass
class CheckContext:
    """The dataset of a directory that passed stages 1 and 2, with lookups for rules."""

    loaded: Loaded
    dataset: Dataset

    @cached_property
    def actions(self) -> dict[str, Action]:
        """Actions by id (the first one where an id is duplicated)."""
        return _first_by_id(self.dataset.actions)

    @cached_property
    def action_index(self) -> dict[str, int]:
        """The position of each action in actions.yaml (the first one for a duplicate)."""
        index: dict[str, int] = {}
        for i, action in enumerate(self.dataset.actions):
            index.setdefault(action.id, i)
        return index

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
    def active_actions(self) -> list[Action]:
        """The actions that are not cancelled: the ones the plan schedules."""
        return [a for a in self.dataset.actions if a.status != "cancelled"]


class _HasId(Protocol):
    @property
    def id(self) -> str: ...


_T = TypeVar("_T", bound=_HasId)


def _first_by_id(items: Iterable[_T]) -> dict[str, _T]:
    result: dict[str, _T] = {}
    for item in items:
        result.setdefault(item.id, item)
    return result
