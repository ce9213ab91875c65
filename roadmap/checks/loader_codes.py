"""The codes that loading gives (stages 1 and 2), documented in the shape of the rules.

Their documentation, one section per code, is loader_codes.md beside this module: prose
for the docs, as a rule's docstring is.
"""

from __future__ import annotations

from pathlib import Path

from roadmap.checks.registry import Rule, Stage
from roadmap.diagnostics import Severity


def _codes() -> tuple[Rule, ...]:
    """Each `## CODE title` section of loader_codes.md, its text the documentation."""
    text = Path(__file__).with_name("loader_codes.md").read_text(encoding="utf-8")
    codes = []
    for section in text.split("\n## ")[1:]:
        heading, _, doc = section.partition("\n")
        code, _, title = heading.partition(" ")
        stage = Stage.SYNTAX if code[0] == "Y" else Stage.SCHEMA
        codes.append(Rule(code, title, stage, Severity.ERROR, doc.strip("\n")))
    return tuple(codes)


LOADER_CODES = _codes()
