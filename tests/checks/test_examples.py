"""Every rule's examples run: the failing one gives its code, the passing one does not.

The examples are those of roadmap/checks/examples.yaml, which docs/rules.md shows. The
failing example edits BASE, a small data set that checks clean; the passing example edits
the failing one. In an edit, a top-level value replaces the one before it, and a list of
records (actions, goals, ...) is its records as written followed by the earlier records
of other ids (progress records, which repeat ids, are replaced as a whole). Each record
is completed with the required fields it leaves out (`...` in an example), and a line
`# progress.yaml` (or another file) says which file the keys after it belong to where
the keys do not tell.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
import yaml

from roadmap.checks import RULES, Stage
from roadmap.checks.docs import EXAMPLES, LOADER_CODES
from roadmap.diagnostics import Severity
from roadmap.pipeline import run
from tests.checks.conftest import action, dump, kpi

Data = dict[str, Any]

BASE = """
# strategy.yaml
id: test
name: Test strategy
vision: Vision
mission: Mission
horizon: {start: 2021-01, end: 2025-12}
phases: {short: 12, medium: 36}
objectives: [{id: SO1}]
areas: [{id: PA1}]
actors: [{id: city}, {id: agency}]
funding_sources: [{id: city_budget}, {id: eib}]
# goals.yaml
goals: [{id: OG1.1, kpis: [{id: K1}]}]
# actions.yaml
actions: [{id: A01}]
"""
"""The data set the failing examples edit, written as an example itself."""

_FILE = re.compile(r"#\s*(strategy|goals|actions|progress)\.yaml\b")
_KEYS = {"actions": "actions", "goals": "goals", "as_of": "progress", "kpis": "progress"}


def _complete(kind: str, key: str, record: Data) -> Data:
    """`record` with the required fields it leaves out."""
    record = {k: v for k, v in record.items() if k != "..."}
    if kind == "actions":
        funding = record.get("funding")
        cost = record.setdefault("cost_eur", sum(f["amount_eur"] for f in funding or []) or 1000)
        done: Data = action(record["id"], goals=["OG1.1"])
        done["funding"] = [{"source": "city_budget", "amount_eur": cost, "status": "planned"}]
        return {**done, **record}
    if kind == "goals":
        base = {"area": "PA1", "objectives": ["SO1"], "title": "Goal", "source": "test"}
        done = {**base, "provenance": "assumption", "kpis": [{"id": f"K-{record['id']}"}]}
        done.update(record)
        done["kpis"] = [
            kpi(k["id"], **{f: v for f, v in k.items() if f != "..."}) for k in done["kpis"]
        ]
        return done
    if kind == "strategy":
        names = {
            "areas": {"title": "Area", "side": "demand"},
            "objectives": {"title": "Objective"},
            "documents": {},
        }
        return {**names.get(key, {"name": record["id"]}), **record}
    return record


def _edit(files: dict[str, Data], text: str) -> None:
    """Apply one example to `files` (see the module docstring)."""
    sections: list[tuple[str | None, list[str]]] = [(None, [])]
    for line in text.splitlines():
        marker = _FILE.fullmatch(line.strip())
        if marker:
            sections.append((marker.group(1), []))
        else:
            sections[-1][1].append(line)
    for named, lines in sections:
        data = yaml.safe_load("\n".join(lines)) or {}
        for key, value in data.items():
            kind = named or _KEYS.get(key, "strategy")
            target = files.setdefault(kind, {"as_of": "2022-06"} if kind == "progress" else {})
            if kind != "progress" and isinstance(value, list) and value:
                given = [_complete(kind, key, r) for r in value]
                mentioned = {r.get("id") for r in given}
                kept = [r for r in target.get(key, []) if r.get("id") not in mentioned]
                target[key] = given + kept
            else:
                target[key] = value


def _codes(files: dict[str, Data], directory: Path) -> dict[str, Severity]:
    directory.mkdir()
    for kind, data in files.items():
        (directory / f"{kind}.yaml").write_text(dump(data), encoding="utf-8")
    found = run(str(directory)).diagnostics
    return {d.code: d.severity for d in found}


def _stage(code: str) -> Stage:
    stages = {c.code: c.stage for c in LOADER_CODES}
    if code.startswith("P"):
        return Stage.PLAN
    return stages[code] if code in stages else RULES[code].stage


def test_the_base_data_set_checks_clean(tmp_path: Path) -> None:
    files: dict[str, Data] = {}
    _edit(files, BASE)
    assert _codes(files, tmp_path / "base") == {}


@pytest.mark.parametrize("code", sorted(RULES))
def test_the_failing_example_gives_the_code_and_the_passing_one_does_not(
    code: str, tmp_path: Path
) -> None:
    rule = RULES[code]
    shown = EXAMPLES[code]
    files: dict[str, Data] = {}
    _edit(files, BASE)
    _edit(files, shown["failing"])
    assert code in _codes(files, tmp_path / "failing")
    _edit(files, shown["passing"])
    found = _codes(files, tmp_path / "passing")
    assert code not in found
    earlier = [c for c, s in found.items() if s is Severity.ERROR and _stage(c) < rule.stage]
    assert not earlier, f"the passing example stops before stage {rule.stage}: {earlier}"
