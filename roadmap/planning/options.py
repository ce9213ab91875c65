"""The options of a planning run, checked as they are made (a bad one is a UserError)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from roadmap.errors import UserError
from roadmap.months import is_month
from roadmap.texts import say

ObjectiveName = Literal["finish", "value"]
OBJECTIVES: tuple[ObjectiveName, ...] = ("finish", "value")


@dataclass(frozen=True)
class Search:
    """How the plan is found (spec section 4b): the priority rule, or with `optimize`
    CP-SAT for the `objective`, within `time_limit` seconds, deferring the least valuable
    actions with `select` when not all of them fit."""

    optimize: bool = False
    objective: ObjectiveName = "finish"
    time_limit: float = 10.0
    select: bool = False

    def __post_init__(self) -> None:
        if self.objective not in OBJECTIVES:
            raise UserError(say("cli.objective", given=repr(self.objective)))
        if not 0 < self.time_limit <= 86_400:
            raise UserError(say("cli.time_limit", given=repr(self.time_limit)))
        if self.select and not self.optimize:
            raise UserError(say("cli.select"))


@dataclass(frozen=True)
class PlanOptions:
    """Options of one planning run; the defaults plan the data as written. `start` moves
    the plan start (phases count from it); `as_of` re-plans from progress.yaml."""

    start: str | None = None
    ignore_capacity: bool = False
    ignore_budget: bool = False
    as_of: str | None = None
    search: Search = field(default_factory=Search)

    def __post_init__(self) -> None:
        for name in ("start", "as_of"):
            value = getattr(self, name)
            if value is not None and not is_month(value):
                option = "--" + name.replace("_", "-")
                raise UserError(say("cli.month", option=option, given=repr(value)))
