"""The result of planning, which everything downstream reads: where each action lands,
and why. Months are indices (`roadmap.months`); `finish` is the month after the action."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal, NamedTuple

from roadmap.diagnostics import Diagnostic, Severity
from roadmap.models.actions import Phase

Binding = Literal[
    "horizon_start",
    "as_of",
    "earliest_start",
    "dependency",
    "capacity",
    "budget",
    "pin",
    "fixed",
    "pool",
    "optimized",
]
"""What set an action's start; `fixed`: the dates progress.yaml records, `optimized`: the
optimiser's choice where no single limit holds the action back."""


class Reason(NamedTuple):
    """One constraint that held an action back, most binding first: `month` is the
    earliest start it alone allows; `holders` are the actions running under a lead or pool.
    """

    binding: Binding
    month: int
    detail: str
    predecessor: str | None = None
    lag: int = 0
    actor: str | None = None
    holders: tuple[str, ...] = ()
    year: int | None = None
    pool: str | None = None


class PlanFinding(NamedTuple):
    """A constraint the plan breaks (or a note on it), at the node `loc` of the data file
    `kind`; the pipeline turns the two into a file, line and column."""

    code: str
    severity: Severity
    kind: str
    loc: tuple[Any, ...]
    message: str


class Placement(NamedTuple):
    """Where one action lands in the plan."""

    id: str
    start: int
    finish: int
    phase: Phase
    slack: int
    critical: bool
    earliest: int
    """The earliest start allowed by dependencies, earliest_start, pins and facts alone."""
    score: float
    """The priority score that ordered it among actions competing for capacity or budget."""
    reasons: tuple[Reason, ...] = ()
    lead: str = ""
    cost: int = 0
    fixed: bool = False
    """True when `--as-of` kept the action where progress.yaml says it was."""

    @property
    def duration(self) -> int:
        """Months from start to finish."""
        return self.finish - self.start


@dataclass(frozen=True)
class Objective:
    """What the plan was searched for, how good it is, and what is proven (spec 4b).

    `value` is months from the plan start to the plan finish (`finish`), or the sum of
    priority score x months from the plan start to each action's finish (`value`).
    `bound` is the best value any plan can have, as far as the search proved.
    """

    name: str
    value: float
    bound: float | None
    status: Literal["heuristic", "feasible", "optimal"]


@dataclass(frozen=True)
class Deferral:
    """An action `--select` left out of the plan, and the limit that pushed it out."""

    id: str
    reason: str
    score: float = 0.0


@dataclass(frozen=True)
class Plan:
    """A whole plan. `placements` are in order of start, then id."""

    horizon_start: int
    horizon_end: int
    placements: tuple[Placement, ...]
    critical_path: tuple[str, ...]
    finish: int
    findings: tuple[PlanFinding, ...] = ()
    diagnostics: tuple[Diagnostic, ...] = ()
    """The findings with their file, line and column (roadmap.pipeline fills them)."""
    phase_bounds: tuple[int, int] = (12, 36)
    """The `short` and `medium` boundaries in months from `horizon_start`."""
    as_of: int | None = None
    objective: Objective | None = None
    deferred: tuple[Deferral, ...] = ()
    """With `--select`: the actions left out, which are in no placement."""
    by_id: dict[str, Placement] = field(default_factory=dict, compare=False, repr=False)

    def __post_init__(self) -> None:
        if not self.by_id:
            self.by_id.update({p.id: p for p in self.placements})

    @property
    def feasible(self) -> bool:
        """True when the plan meets every constraint (no error diagnostics)."""
        return not any(f.severity is Severity.ERROR for f in self.findings)
