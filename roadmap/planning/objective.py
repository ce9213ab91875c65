"""The objectives a plan is measured by (spec section 4b), in whole numbers.

- `finish`: months from the plan start to the plan finish.
- `value`: the sum over actions of priority score x months from the plan start to the
  action's finish. Scores are counted in ten-thousandths (`VALUE_SCALE`), so that the
  optimiser works on integers and the value it reports is exactly the one it proved.

The priority-rule plan reports the same figures, with no bound and the status
`heuristic`, so that a plan and its optimised twin compare directly.
"""

from __future__ import annotations

from collections.abc import Sequence

from roadmap.planning.problem import Problem
from roadmap.planning.result import Objective

VALUE_SCALE = 10_000


def value_weights(problem: Problem) -> list[int]:
    """Each task's priority score in ten-thousandths."""
    return [round(task.score * VALUE_SCALE) for task in problem.tasks]


def heuristic_objective(problem: Problem, finishes: Sequence[int]) -> Objective:
    """The objective of the priority-rule plan whose tasks finish at `finishes`: its
    value, no bound."""
    if problem.search.objective == "finish":
        value = float(max(finishes, default=problem.start) - problem.start)
    else:
        weights = value_weights(problem)
        scaled = sum(w * (f - problem.start) for w, f in zip(weights, finishes, strict=True))
        value = scaled / VALUE_SCALE
    return Objective(problem.search.objective, value, None, "heuristic")
