"""`roadmap status` end to end: check the directory, plan it, judge it at the as-of month."""

from __future__ import annotations

from dataclasses import dataclass, field

from roadmap.checks import check_directory
from roadmap.diagnostics import Diagnostic, has_errors
from roadmap.errors import UserError
from roadmap.models import Dataset
from roadmap.monitoring.report import StatusReport
from roadmap.monitoring.status import status
from roadmap.months import is_month, parse_month
from roadmap.scheduling import plan


@dataclass
class StatusOutcome:
    """The report, or the diagnostics that kept the data from being judged."""

    diagnostics: list[Diagnostic] = field(default_factory=list)
    report: StatusReport | None = None
    dataset: Dataset | None = None


def status_of_directory(directory: str, as_of: str | None) -> StatusOutcome:
    """Check `directory`; if it holds, plan it and judge it at `as_of`.

    Without `as_of`, progress.yaml's `as_of` is used. A malformed month, or no month at
    all, is a UserError: the command line has to change, not the data.
    """
    if as_of is not None and not is_month(as_of):
        raise UserError(f"--as-of takes a month written YYYY-MM (such as 2022-03), not {as_of!r}")
    checked = check_directory(directory)
    dataset = checked.loaded.dataset
    if has_errors(checked.diagnostics) or dataset is None:
        return StatusOutcome(diagnostics=checked.diagnostics)
    month = as_of or (dataset.progress.as_of if dataset.progress is not None else None)
    if month is None:
        raise UserError(
            f"no as-of month: {directory} has no progress.yaml to take it from; "
            "give one with --as-of YYYY-MM"
        )
    the_plan = plan(dataset, locate=checked.loaded.locate)
    return StatusOutcome(
        diagnostics=checked.diagnostics,
        report=status(dataset, the_plan, parse_month(month)),
        dataset=dataset,
    )
