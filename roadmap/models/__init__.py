"""Pydantic models of the data files: the single source of truth for the schema.

The model modules keep their annotations as objects (no `from __future__ import
annotations`), so that pydantic need not evaluate them as text when it makes a class.
"""

from dataclasses import dataclass

from roadmap.models.actions import (
    Action,
    ActionsFile,
    Dependency,
    DependencyLink,
    Funding,
    PriorityInputs,
)
from roadmap.models.common import LocalizedText, Model, StatementText, text_in
from roadmap.models.goals import Goal, GoalsFile, Kpi
from roadmap.models.progress import ActionRecord, KpiRecord, ProgressFile
from roadmap.models.strategy import (
    Actor,
    Area,
    Document,
    FundingSource,
    Objective,
    Resource,
    Strategy,
)

FILE_MODELS: dict[str, type[Model]] = {
    "strategy": Strategy,
    "goals": GoalsFile,
    "actions": ActionsFile,
    "progress": ProgressFile,
}
"""Each data file's kind and its root model. The file is `<kind>.yaml`."""

REQUIRED_KINDS = ("strategy", "goals", "actions")


@dataclass(frozen=True)
class Dataset:
    """A validated data directory."""

    strategy: Strategy
    goals: list[Goal]
    actions: list[Action]
    progress: ProgressFile | None = None


__all__ = [
    "FILE_MODELS",
    "REQUIRED_KINDS",
    "Action",
    "ActionRecord",
    "ActionsFile",
    "Actor",
    "Area",
    "Dataset",
    "Dependency",
    "DependencyLink",
    "Document",
    "Funding",
    "FundingSource",
    "Goal",
    "GoalsFile",
    "Kpi",
    "KpiRecord",
    "LocalizedText",
    "Objective",
    "PriorityInputs",
    "ProgressFile",
    "Resource",
    "StatementText",
    "Strategy",
    "text_in",
]
