"""The rule registry. Each rule is a small function with a stable code and a title; its
docstring says why the rule exists (its examples: roadmap.checks.docs).
"""

from __future__ import annotations

import inspect
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from enum import IntEnum
from typing import TYPE_CHECKING, Any

from roadmap.diagnostics import Severity

if TYPE_CHECKING:
    from roadmap.checks.context import CheckContext


class Stage(IntEnum):
    """The stages of checking. A stage runs only when every earlier one held."""

    SYNTAX = 1
    SCHEMA = 2
    REFERENCES = 3
    GRAPH = 4
    TIME_AND_MONEY = 5
    PLAN = 6


@dataclass(frozen=True)
class Finding:
    """What a rule reports: a message about the node at `loc` in the file of `kind`.

    `kind` may be left out except for progress.yaml: a `loc` that starts at `actions` or
    `goals` is in that file, any other in strategy.yaml.
    """

    loc: tuple[Any, ...]
    message: str
    kind: str = ""
    at_key: bool = False

    def __post_init__(self) -> None:
        if not self.kind:
            top = self.loc[0]
            object.__setattr__(self, "kind", top if top in ("actions", "goals") else "strategy")


RuleFunction = Callable[["CheckContext"], Iterable[Finding]]


@dataclass(frozen=True)
class Rule:
    """A documented code: a registered rule (its docstring the `doc`), or a code that
    loading gives, which has no function (see roadmap.checks.docs)."""

    code: str
    title: str
    stage: Stage
    severity: Severity
    doc: str
    function: RuleFunction | None = None


RULES: dict[str, Rule] = {}


def rule(
    code: str, title: str, stage: Stage, severity: Severity = Severity.ERROR
) -> Callable[[RuleFunction], RuleFunction]:
    """Register a rule function under a stable code."""

    def register(function: RuleFunction) -> RuleFunction:
        if code in RULES:
            raise ValueError(f"rule code {code} is registered twice")
        doc = inspect.cleandoc(function.__doc__ or "")
        RULES[code] = Rule(code, title, stage, severity, doc, function)
        return function

    return register
