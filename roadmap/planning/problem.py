"""The scheduling problem: the data set and the options turned into months and numbers.

Only this module reads the pydantic models; the scheduler below works on plain values.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from roadmap.diagnostics import Severity
from roadmap.errors import UserError
from roadmap.graph import cycles, graph_of, topological_order
from roadmap.models import Action, Dataset
from roadmap.models.actions import Phase
from roadmap.models.strategy import PriorityWeights
from roadmap.months import format_month, parse_month
from roadmap.planning.options import PlanOptions, Search
from roadmap.planning.progress import Fact, facts_as_of
from roadmap.planning.result import PlanFinding, Reason
from roadmap.texts import say

if TYPE_CHECKING:
    import networkx as nx

VALUE_SCALE = 10_000
"""The `value` objective counts priority scores in ten-thousandths, so that the optimiser
works on integers and the value it reports is exactly the one it proved."""


class CyclicDependenciesError(ValueError):
    """The dependency graph has a cycle; `roadmap check` reports it with the cycle named."""

    def __init__(self, cycles: list[list[str]]) -> None:
        names = "; ".join(" -> ".join([*c, c[0]]) for c in cycles)
        super().__init__(say("P600", names=names))


@dataclass(slots=True)
class Task:
    """One action to place."""

    id: str
    index: int
    """Its position in actions.yaml, for pointing diagnostics at it."""
    lead: str
    duration: int
    cost: int
    score: float
    lower: int
    lower_reasons: tuple[Reason, ...]
    pin: Phase | None = None
    deadline: int | None = None
    """The last month the action may run in."""
    fixed: tuple[int, int] | None = None
    """With `--as-of`: the (start, finish) progress.yaml gives; the action is not moved."""
    fixed_detail: str = ""
    status: str = "proposed"
    needs: tuple[tuple[str, int], ...] = ()
    """(pool, units) the action holds while it runs."""


@dataclass
class Problem:
    """Everything the scheduler needs, in month indices."""

    start: int
    end: int
    """The last month of the horizon (inclusive)."""
    bounds: tuple[int, int]
    tasks: list[Task]
    """The actions to place, in actions.yaml order: task `i` is node `i` of `graph`."""
    graph: nx.DiGraph
    capacity: dict[str, int]
    caps: dict[int, int]
    as_of: int | None = None
    pools: dict[str, int] = field(default_factory=dict)
    """The capacity of each shared pool (none with `--ignore-capacity`)."""
    search: Search = field(default_factory=Search)
    shifted: bool = False
    """True when `--start` moved the start away from the horizon start."""
    notes: list[PlanFinding] = field(default_factory=list)
    """Warnings found while setting the problem up."""
    predecessors: list[list[tuple[int, int]]] = field(default_factory=list)
    """Each task's dependencies as (task, lag): the passes over the plan index lists."""
    successors: list[list[tuple[int, int]]] = field(default_factory=list)
    """The tasks that depend on each task, as (task, lag)."""
    order: list[int] = field(default_factory=list)
    """The tasks in a topological order of `graph`."""

    def phase_start(self, phase: Phase) -> int:
        """The first month of a phase."""
        return self.start + {"short": 0, "medium": self.bounds[0], "long": self.bounds[1]}[phase]

    def phase_of(self, month: int) -> Phase:
        """The phase a start month falls in."""
        offset = month - self.start
        if offset < self.bounds[0]:
            return "short"
        return "medium" if offset < self.bounds[1] else "long"

    def pin_end(self, pin: Phase | None) -> int | None:
        """The month an action pinned to `pin` must start before, if any."""
        following: dict[Phase | None, Phase] = {"short": "medium", "medium": "long"}
        return self.phase_start(following[pin]) if pin in following else None

    def weights(self) -> list[int]:
        """Each task's priority score in ten-thousandths."""
        return [round(task.score * VALUE_SCALE) for task in self.tasks]

    def solver_value(self, finish: Sequence[int]) -> int:
        """The objective of these finishes in whole numbers: the plan finish month, or
        the sum of weight x finish month."""
        if self.search.objective == "value":
            return sum(w * f for w, f in zip(self.weights(), finish, strict=True))
        return max(finish, default=self.start)

    def objective_value(self, value: int) -> float:
        """A `solver_value` in the objective's units (`Objective`): counted from the start."""
        if self.search.objective == "value":
            return (value - self.start * sum(self.weights())) / VALUE_SCALE
        return float(value - self.start)


def build_problem(
    dataset: Dataset, options: PlanOptions, graph: nx.DiGraph | None = None
) -> Problem:
    """The problem for `dataset` (which passed `roadmap check`) under `options`.

    `graph`, the check's graph of the actions not cancelled, is used when its nodes are
    exactly the actions this plan schedules, in order; otherwise one is built here.
    """
    strategy = dataset.strategy
    first, end = parse_month(strategy.horizon.start), parse_month(strategy.horizon.end)
    start = parse_month(options.start) if options.start else first
    if options.start and not first <= start <= end:
        horizon = strategy.horizon
        raise UserError(
            say("cli.start_outside", start=options.start, first=horizon.start, last=horizon.end)
        )
    as_of = parse_month(options.as_of) if options.as_of is not None else None
    facts = facts_as_of(dataset.actions, dataset.progress, as_of) if as_of is not None else {}
    progress = dataset.progress
    current = as_of is None or progress is None or as_of >= parse_month(progress.as_of)
    chosen: list[tuple[int, Action, str, Fact | None]] = []
    for index, action in enumerate(dataset.actions):
        fact = facts.get(action.id)
        status = fact.status if fact is not None else action.status if current else "planned"
        if status != "cancelled":
            chosen.append((index, action, status, fact))
    actions = [a for _, a, _, _ in chosen]
    if graph is None or list(graph) != [a.id for a in actions]:
        graph = graph_of(actions)
    scores = priority_scores(actions, strategy.priority_weights)
    problem = Problem(
        start=start,
        end=end,
        bounds=(strategy.phases.short, strategy.phases.medium),
        tasks=[],
        graph=graph,
        capacity={}
        if options.ignore_capacity
        else {a.id: a.capacity for a in strategy.actors if a.capacity is not None},
        caps={} if options.ignore_budget else dict(strategy.budget_caps or {}),
        as_of=as_of,
        shifted=start != parse_month(strategy.horizon.start),
        pools={} if options.ignore_capacity else {p.id: p.capacity for p in strategy.resources},
        search=options.search,
    )
    bounds: dict[tuple[str | None, Phase | None, bool], tuple[int, tuple[Reason, ...]]] = {}
    for (index, action, status, fact), score in zip(chosen, scores, strict=True):
        # Many actions share their lower bound: its reasons are made once per kind.
        key = (action.earliest_start, action.phase, status != "done")
        if key not in bounds:
            bounds[key] = _lower_bound(problem, *key)
        lower, reasons = bounds[key]
        task = Task(
            action.id,
            index,
            action.lead,
            action.duration_months,
            action.cost_eur,
            score,
            lower,
            reasons,
            pin=action.phase,
            deadline=parse_month(action.deadline) if action.deadline else None,
            status=status,
            needs=tuple(action.needs.items()),
        )
        if fact is not None and fact.start is not None and fact.finish is not None:
            task.fixed = (fact.start, fact.finish)
            task.fixed_detail = fact.detail
        elif as_of is not None and status in ("done", "in_progress"):
            problem.notes.append(_undated(index, action.id, status, as_of))
        problem.tasks.append(task)
    number_links(problem)
    return problem


def priority_scores(actions: Sequence[Action], weights: PriorityWeights) -> list[float]:
    """Who goes first when ready actions compete, in [0, 1] (docs/planning.md):

        (w_impact * (impact - 1) / 4 + w_readiness * (readiness - 1) / 4
         + w_cost * cheapness) / (w_impact + w_readiness + w_cost)

    `cheapness` runs from 1 for the cheapest of `actions` to 0 for the dearest (1 for
    all when they cost the same). All weights 0 gives every action 0.
    """
    total = weights.impact + weights.readiness + weights.cost
    if not actions:
        return []
    if total == 0:
        return [0.0] * len(actions)
    costs = [a.cost_eur for a in actions]
    low = min(costs)
    spread = max(costs) - low
    scores = []
    for action, cost in zip(actions, costs, strict=True):
        cheapness = 1.0 if spread == 0 else 1.0 - (cost - low) / spread
        inputs = action.priority
        raw = (
            weights.impact * (inputs.impact - 1) / 4
            + weights.readiness * (inputs.readiness - 1) / 4
            + weights.cost * cheapness
        )
        scores.append(round(raw / total, 9))
    return scores


def number_links(problem: Problem) -> None:
    """Fill the problem's lists of links and its order, by task index;
    CyclicDependenciesError when there is no order."""
    graph = problem.graph
    index = {task.id: i for i, task in enumerate(problem.tasks)}
    problem.predecessors = [[] for _ in problem.tasks]
    problem.successors = [[] for _ in problem.tasks]
    for dep, ident, lag in graph.edges(data="lag"):
        before, after = index[dep], index[ident]
        problem.predecessors[after].append((before, lag))
        problem.successors[before].append((after, lag))
    order = topological_order(graph)
    if order is None:
        raise CyclicDependenciesError(cycles(graph))
    problem.order = [index[n] for n in order]


def _lower_bound(
    problem: Problem, earliest: str | None, pin: Phase | None, replanned: bool
) -> tuple[int, tuple[Reason, ...]]:
    """The first month an action may start on its own terms, and what sets it
    (`replanned`: with `--as-of`, an action not done starts no earlier than then)."""
    start = problem.start
    where = say("why.plan_start" if problem.shifted else "why.horizon", month=format_month(start))
    candidates = [Reason("horizon_start", start, where)]
    if problem.as_of is not None and replanned:
        as_of = problem.as_of
        candidates.append(Reason("as_of", as_of, say("why.as_of", month=format_month(as_of))))
    if earliest is not None:
        month = parse_month(earliest)
        candidates.append(Reason("earliest_start", month, say("why.earliest", month=earliest)))
    if pin is not None and pin != "short":
        month = problem.phase_start(pin)
        text = say("why.pin", pin=pin, month=format_month(month))
        candidates.append(Reason("pin", month, text))
    lower = max(r.month for r in candidates)
    binding = [r for r in candidates if r.month == lower]
    if len(binding) > 1:
        binding = [r for r in binding if r.binding != "horizon_start"]
    return lower, tuple(reversed(binding))


def _undated(index: int, action_id: str, status: str, as_of: int) -> PlanFinding:
    month = format_month(as_of)
    what = say("P605.done" if status == "done" else "P605.started", month=month)
    text = say("P605", id=action_id, status=status, as_of=month, what=what)
    return PlanFinding("P605", Severity.WARNING, "actions", ("actions", index, "status"), text)
