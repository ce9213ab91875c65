"""What a planning run may change: the start month, which constraints hold, the as-of month,
and how the plan is searched for (the priority rule, or CP-SAT with `--optimize`)."""

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
    """How the plan is found (spec section 4b).

    - `optimize`: search with OR-Tools CP-SAT, started from the priority-rule plan;
    - `objective`: `finish` (the earliest plan finish, then high-priority actions
      earlier) or `value` (the least sum of priority score x finish month); the
      priority-rule plan reports its own value of it;
    - `time_limit`: seconds the search may take;
    - `select`: defer the least valuable actions when not all of them fit.
    """

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
    """Options of one planning run; the defaults plan the data as written.

    - `start`: plan from this month instead of the horizon start (phases count from it);
    - `ignore_capacity`, `ignore_budget`: drop those constraints, to see what they cost;
    - `as_of`: re-plan from reality: done actions stay where progress.yaml puts them,
      in-progress ones start where they started, the rest start no earlier than this;
    - `search`: the priority rule (default) or the optimiser (`Search`).
    """

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
