"""The one type every finding becomes, from a YAML typo to an infeasible deadline."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum
from operator import attrgetter


class Severity(StrEnum):
    """How serious a finding is. Errors fail `roadmap check`; warnings only with --strict."""

    ERROR = "error"
    WARNING = "warning"


@dataclass(frozen=True, order=True)
class Diagnostic:
    """One finding at a place in a file. `line` and `column` are 1-based; 0 means the file."""

    file: str
    line: int
    column: int
    code: str
    severity: Severity
    message: str

    def as_dict(self) -> dict[str, str | int]:
        """The JSON shape of the fixed interface, whose lines and columns are 1-based: a
        finding about a whole file or folder points at its start, 1:1."""
        return {
            "code": self.code,
            "severity": str(self.severity),
            "message": self.message,
            "file": self.file,
            "line": max(self.line, 1),
            "column": max(self.column, 1),
        }


def count(diagnostics: list[Diagnostic], severity: Severity) -> int:
    """How many diagnostics have `severity`."""
    return sum(1 for d in diagnostics if d.severity is severity)


def has_errors(diagnostics: list[Diagnostic]) -> bool:
    """True when at least one diagnostic is an error."""
    return any(d.severity is Severity.ERROR for d in diagnostics)


_ORDER = attrgetter("file", "line", "column", "code", "severity", "message")


def in_order(diagnostics: Iterable[Diagnostic]) -> list[Diagnostic]:
    """The diagnostics by file, line, column and code: sorted on a key tuple, which is
    much cheaper than the dataclass's own comparisons for many findings."""
    return sorted(diagnostics, key=_ORDER)
