"""The documentation of every diagnostic code, for docs/rules.md, `roadmap rules` and SARIF.

Why a code exists is its rule's docstring, or for the codes of loading its section of
loader_codes.md. Its failing and passing YAML examples are in examples.yaml, which
tests/checks/test_examples.py runs.
"""

from __future__ import annotations

import textwrap
from pathlib import Path
from typing import Any

from roadmap.checks.registry import RULES, Rule, Stage
from roadmap.diagnostics import Severity
from roadmap.io.yaml import read_yaml

FAMILIES = (
    ("Y", "YAML syntax", "The file cannot be read as YAML data. Stage 1."),
    ("S", "Schema", "The data does not have the shape of the models. Stage 2."),
    (
        "R",
        "References and coverage",
        "Ids, the references between them, and the links from areas to goals to actions. Stage 3.",
    ),
    ("G", "Dependency graph", "Cycles and needless edges among the dependencies. Stage 4."),
    ("T", "Time and money", "Horizon, phases, deadlines and funding. Stage 5."),
    ("K", "KPIs", "Every goal is measured, and its KPIs are coherent. Stage 5."),
    (
        "M",
        "Monitoring records",
        "The records of progress.yaml. Unknown ids in stage 3, the rest in stage 5.",
    ),
)

_HERE = Path(__file__).parent


def _loader_codes() -> tuple[Rule, ...]:
    """Each `## CODE title` section of loader_codes.md, its text the documentation."""
    text = (_HERE / "loader_codes.md").read_text(encoding="utf-8")
    codes = []
    for section in text.split("\n## ")[1:]:
        heading, _, doc = section.partition("\n")
        code, _, title = heading.partition(" ")
        stage = Stage.SYNTAX if code[0] == "Y" else Stage.SCHEMA
        codes.append(Rule(code, title, stage, Severity.ERROR, doc.strip("\n")))
    return tuple(codes)


LOADER_CODES = _loader_codes()
"""The codes that loading gives (stages 1 and 2), documented in the shape of the rules."""

EXAMPLES: dict[str, dict[str, str]] = read_yaml(
    str(_HERE / "examples.yaml"), (_HERE / "examples.yaml").read_text(encoding="utf-8")
).data
"""Each code's `failing` and `passing` example, as YAML text (read by the one reader)."""


def all_codes() -> list[Rule]:
    """Every code, loader codes first, then the rules, each family in code order."""
    order = {prefix: n for n, (prefix, _, _) in enumerate(FAMILIES)}
    return sorted([*LOADER_CODES, *RULES.values()], key=lambda c: (order[c.code[0]], c.code))


def documentation(code: Rule) -> str:
    """Why the code exists, then its examples indented under `Failing:` and `Passing:`."""
    parts = [code.doc]
    for label in ("failing", "passing"):
        example = textwrap.indent(EXAMPLES[code.code][label], "    ")
        parts += [f"{label.title()}:", example.rstrip("\n")]
    return "\n\n".join(parts)


PLAN_WARNINGS = frozenset({"P605"})
"""The plan's codes that are warnings (the notes of problem.py); the others are errors."""


def plan_codes() -> list[tuple[str, str, str]]:
    """(code, severity, title) of the codes of stage 6, the plan."""
    from roadmap.planning.feasibility import PLAN_CODES  # noqa: PLC0415

    return [
        (code, "warning" if code in PLAN_WARNINGS else "error", title)
        for code, title in sorted(PLAN_CODES.items())
    ]


def rules_listing() -> str:
    """`CODE  stage  severity  title`, one line per code, the plan's codes last."""
    rows = [(c.code, c.stage.name.lower(), c.severity.value, c.title) for c in all_codes()]
    rows += [(code, "plan", severity, title) for code, severity, title in plan_codes()]
    return "".join(
        f"{code}  {stage:<14} {severity:<8} {title}\n" for code, stage, severity, title in rows
    )


def rules_page() -> dict[str, Any]:
    """The values of docs/rules.md (templates/rules.md.j2): every code with its
    documentation and examples, the plan's codes and the families."""
    return {"codes": all_codes(), "examples": EXAMPLES, "plan": plan_codes(), "families": FAMILIES}
