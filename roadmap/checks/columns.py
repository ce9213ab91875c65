"""The fields of every action as columns, read in one pass for all the rules.

Reading a field of a validated action costs about as much as a rule's whole test on
it, and some forty rules each read a few fields of every action. One pass that reads
all of them (operator.attrgetter over the list, at C speed) and turns the rows into
columns costs less than three separate passes, and the rules then screen the columns
with map and set operations.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from itertools import compress
from operator import attrgetter
from typing import Any

from roadmap.models import Action, Dependency, Funding

_FIELDS = (
    "id",
    "status",
    "goals",
    "lead",
    "participants",
    "kpis",
    "depends_on",
    "duration_months",
    "earliest_start",
    "deadline",
    "phase",
    "cost_eur",
    "funding",
)


@dataclass(frozen=True)
class ActionColumns:
    """One sequence per field, each in the order of the actions it was read from."""

    id: Sequence[str]
    status: Sequence[str]
    goals: Sequence[list[str]]
    lead: Sequence[str]
    participants: Sequence[list[str]]
    kpis: Sequence[list[str]]
    depends_on: Sequence[list[str | Dependency]]
    duration_months: Sequence[int]
    earliest_start: Sequence[str | None]
    deadline: Sequence[str | None]
    phase: Sequence[str | None]
    cost_eur: Sequence[int]
    funding: Sequence[list[Funding]]

    @classmethod
    def of(cls, actions: Sequence[Action]) -> ActionColumns:
        """The columns of `actions`."""
        if not actions:
            return cls(*([] for _ in _FIELDS))
        columns: list[Any] = list(zip(*map(attrgetter(*_FIELDS), actions), strict=True))
        return cls(*columns)

    def select(self, keep: Sequence[bool]) -> ActionColumns:
        """The columns of the actions whose `keep` is true."""
        return ActionColumns(*(list(compress(getattr(self, f), keep)) for f in _FIELDS))
