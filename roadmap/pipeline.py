"""The one way from a data directory to results: load, check, plan (spec section 3).

Each stage runs only when the ones before it held; the plan's broken constraints are
findings too, so that `roadmap check` alone is the CI gate.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from roadmap.checks import CheckContext, planning_blockers, run_rules
from roadmap.diagnostics import Diagnostic, Severity, has_errors, in_order
from roadmap.errors import UserError
from roadmap.io.load import Loaded, load_directory
from roadmap.models import Dataset
from roadmap.months import format_month, is_month, parse_month
from roadmap.planning import CyclicDependenciesError, Plan, PlanOptions, plan
from roadmap.texts import say


@dataclass
class Outcome:
    """What the pipeline found in a directory, and how far the data got."""

    loaded: Loaded
    diagnostics: list[Diagnostic] = field(default_factory=list)
    """Every finding of every stage that ran, in file order."""
    plan: Plan | None = None
    """The plan, when the data got past stage 4 (it may still break constraints)."""

    @property
    def dataset(self) -> Dataset | None:
        """The validated data, when every file passed the schema."""
        return self.loaded.dataset

    def failed(self, *, strict: bool = False) -> bool:
        """True when a finding is an error (or, with `strict`, a warning)."""
        return has_errors(self.diagnostics) or (strict and bool(self.diagnostics))

    def as_of_month(self, given: str | None) -> int:
        """The month progress is known up to: `given` (--as-of), else progress.yaml's; a
        given month outside the plan's horizon leaves nothing to report on, and is refused."""
        if self.plan is None or self.dataset is None:
            raise ValueError("only a planned outcome has an as-of month")
        if given is None:
            if self.dataset.progress is None:
                raise UserError(say("cli.no_as_of", directory=self.loaded.directory))
            return parse_month(self.dataset.progress.as_of)
        if not is_month(given):
            raise UserError(say("cli.as_of_month", given=repr(given)))
        month, plan = parse_month(given), self.plan
        if not plan.horizon_start <= month <= plan.horizon_end:
            first, last = format_month(plan.horizon_start), format_month(plan.horizon_end)
            raise UserError(say("cli.as_of_outside", as_of=given, first=first, last=last))
        return month


def run(directory: str, options: PlanOptions | None = None) -> Outcome:
    """Load, check and plan `directory`; a plan's --as-of outside its horizon is refused."""
    options = options or PlanOptions()
    loaded = load_directory(directory)
    outcome = Outcome(loaded, list(loaded.diagnostics))
    dataset = loaded.dataset
    if dataset is None:
        return outcome
    context = CheckContext(loaded, dataset)
    outcome.diagnostics.extend(run_rules(context))
    if not planning_blockers(outcome.diagnostics):
        _plan(outcome, dataset, options, context)
    outcome.diagnostics = in_order(dict.fromkeys(outcome.diagnostics))
    if outcome.plan is not None and options.as_of is not None:
        outcome.as_of_month(options.as_of)
    return outcome


def _plan(outcome: Outcome, dataset: Dataset, options: PlanOptions, context: CheckContext) -> None:
    loaded = outcome.loaded
    # With --as-of, progress.yaml decides which actions are cancelled, so the planner
    # builds its own graph; otherwise it takes the one the rules built.
    graph = context.active_graph if options.as_of is None else None
    try:
        result = plan(dataset, options, graph=graph)
    except CyclicDependenciesError as exc:
        file, line, column = loaded.locate("actions", ("actions",))
        outcome.diagnostics.append(Diagnostic(file, line, column, "P600", Severity.ERROR, str(exc)))
        return
    located = tuple(
        in_order(
            Diagnostic(*loaded.locate(f.kind, f.loc), f.code, f.severity, f.message)
            for f in result.findings
        )
    )
    outcome.plan = replace(result, diagnostics=located)
    # Stage 6 speaks only when stage 5 held: a deadline no plan can meet is already
    # reported by its rule, and the plan's P601 would say it again.
    if not has_errors(outcome.diagnostics):
        outcome.diagnostics.extend(located)
