"""Reporters turn diagnostics into text for people, JSON for programs, annotations for CI.

Each reporter is a function from the diagnostics to a string, looked up by its format
name. Reporters never print and never exit: the CLI does both.
"""

from __future__ import annotations

from collections.abc import Callable

from roadmap.diagnostics import Diagnostic
from roadmap.reporters.github import github_report
from roadmap.reporters.json_report import json_report
from roadmap.reporters.sarif import sarif_report
from roadmap.reporters.text import text_report

Reporter = Callable[[list[Diagnostic]], str]

REPORTERS: dict[str, Reporter] = {
    "text": text_report,
    "json": json_report,
    "github": github_report,
    "sarif": sarif_report,
}

__all__ = ["REPORTERS", "Reporter"]
