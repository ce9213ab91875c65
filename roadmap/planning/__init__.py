"""Scheduling: the actions placed in months under dependencies, capacity and budget.

The pipeline: `problem` turns the data set into months and numbers, `sgs` places the
actions, `analysis` computes slack, the critical path and phases, `feasibility` names the
constraints the plan breaks. `plan()` runs them all.
"""

from roadmap.planning.heuristic import CyclicDependenciesError
from roadmap.planning.options import PlanOptions
from roadmap.planning.planner import plan
from roadmap.planning.result import Placement, Plan, Reason

__all__ = [
    "CyclicDependenciesError",
    "Placement",
    "Plan",
    "PlanOptions",
    "Reason",
    "plan",
]
