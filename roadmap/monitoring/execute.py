"""`roadmap status` end to end: plan the directory as `roadmap plan` does, then judge it."""

from __future__ import annotations

from dataclasses import dataclass, field

from roadmap.diagnostics import Diagnostic
from roadmap.errors import UserError
from roadmap.models import Dataset
from roadmap.monitoring.result import StatusResult
from roadmap.monitoring.status import status
from roadmap.months import is_month, parse_month
from roadmap.scheduling.options import PlanOptions
from roadmap.scheduling.service import plan_directory


@dataclass
class StatusOutcome:
    """The result, or the errors that kept the data from being planned and judged."""

    refusal: list[Diagnostic] = field(default_factory=list)
    result: StatusResult | None = None
    dataset: Dataset | None = None


def status_of_directory(directory: str, as_of: str | None) -> StatusOutcome:
    """Plan `directory` with the default options and judge it at `as_of`.

    The plan is the very one `roadmap plan DIR` prints, so the two never disagree.
    Without `as_of`, progress.yaml's `as_of` is used. A malformed month, or no month at
    all, is a UserError: the command line has to change, not the data.
    """
    if as_of is not None and not is_month(as_of):
        raise UserError(f"--as-of takes a month written YYYY-MM (such as 2022-03), not {as_of!r}")
    planned = plan_directory(directory, PlanOptions())
    dataset = planned.dataset
    if planned.plan is None or dataset is None:
        return StatusOutcome(refusal=planned.refusal)
    month = as_of or (dataset.progress.as_of if dataset.progress is not None else None)
    if month is None:
        raise UserError(
            f"no as-of month: {directory} has no progress.yaml to take it from; "
            "give one with --as-of YYYY-MM"
        )
    return StatusOutcome(result=status(dataset, planned.plan, parse_month(month)), dataset=dataset)
