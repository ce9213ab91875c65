"""From a data directory to a roadmap context: check, plan, and gather the open warnings."""

from __future__ import annotations

import datetime
from dataclasses import dataclass

from roadmap.diagnostics import Diagnostic, Severity
from roadmap.errors import UserError
from roadmap.months import is_month, parse_month
from roadmap.scheduling.options import PlanOptions
from roadmap.scheduling.service import plan_directory
from roadmap.views.context import RoadmapContext

LANGS = ("en", "bg")


@dataclass
class ContextOutcome:
    """The context to render, or the errors that kept the data from being planned."""

    context: RoadmapContext | None
    refusal: list[Diagnostic]


def current_month() -> int:
    """The month index of today's date (UTC)."""
    today = datetime.datetime.now(tz=datetime.UTC).date()
    return today.year * 12 + today.month - 1


def roadmap_context(
    directory: str,
    *,
    lang: str = "en",
    today: str | None = None,
    options: PlanOptions | None = None,
) -> ContextOutcome:
    """Check and plan `directory` for output in `lang`.

    "Today" on the chart is `today` when given, else the `--as-of` month of a re-plan,
    else progress.yaml's `as_of`, else the current month; pass it (or keep an `as_of`)
    for output that does not change with the calendar.
    """
    if lang not in LANGS:
        raise UserError(f"--lang takes one of {', '.join(LANGS)}, not {lang!r}")
    if today is not None and not is_month(today):
        raise UserError(f"--today takes a month as YYYY-MM, not {today!r}")
    outcome = plan_directory(directory, options or PlanOptions())
    if outcome.plan is None or outcome.dataset is None:
        return ContextOutcome(None, outcome.refusal)
    progress = outcome.dataset.progress
    if today is not None:
        month = parse_month(today)
    elif outcome.plan.as_of is not None:
        month = outcome.plan.as_of
    elif progress is not None:
        month = parse_month(progress.as_of)
    else:
        month = current_month()
    warnings = [d for d in outcome.check.diagnostics if d.severity is Severity.WARNING]
    open_findings = tuple(sorted({*warnings, *outcome.plan.diagnostics}))
    context = RoadmapContext(outcome.dataset, outcome.plan, lang, month, open_findings)
    return ContextOutcome(context, [])
