"""What a planning run may change: the start month, which constraints hold, the as-of month."""

from __future__ import annotations

from dataclasses import dataclass

from roadmap.errors import UserError
from roadmap.months import is_month


@dataclass(frozen=True)
class PlanOptions:
    """Options of one planning run; the defaults plan the data as written.

    - `start`: plan from this month instead of the horizon start (phases count from it);
    - `ignore_capacity`, `ignore_budget`: drop those constraints, to see what they cost;
    - `as_of`: re-plan from reality: done actions stay where progress.yaml puts them,
      in-progress ones start where they started, the rest start no earlier than this.
    """

    start: str | None = None
    ignore_capacity: bool = False
    ignore_budget: bool = False
    as_of: str | None = None

    def __post_init__(self) -> None:
        for name in ("start", "as_of"):
            value = getattr(self, name)
            if value is not None and not is_month(value):
                option = "--" + name.replace("_", "-")
                raise UserError(f"{option} takes a month as YYYY-MM, not {value!r}")
