"""Build a CheckContext from Python data, so that rule tests state only what they change."""

from __future__ import annotations

import copy
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml

from roadmap.checks import CheckContext, Finding
from roadmap.checks.registry import RuleFunction
from roadmap.io.load import load_directory

Data = dict[str, Any]


def action(ident: str, **fields: Any) -> Data:
    """An action with every required field; `fields` override or add."""
    base: Data = {
        "id": ident,
        "title": f"Action {ident}",
        "goals": ["G1"],
        "lead": "city",
        "duration_months": 6,
        "cost_eur": 1000,
        "funding": [{"source": "budget", "amount_eur": 1000, "status": "planned"}],
        "source": "test",
        "provenance": "assumption",
    }
    base.update(fields)
    return base


def kpi(ident: str, **fields: Any) -> Data:
    """A KPI with every required field."""
    base: Data = {
        "id": ident,
        "name": f"KPI {ident}",
        "unit": "count",
        "direction": "increase",
        "baseline": {"value": 10, "year": 2020},
        "target": {"value": 60, "year": 2025},
        "source": "test",
        "provenance": "assumption",
    }
    base.update(fields)
    return base


BASE: dict[str, Data] = {
    "strategy": {
        "id": "test",
        "name": "Test strategy",
        "vision": "Vision",
        "mission": "Mission",
        "horizon": {"start": "2021-01", "end": "2025-12"},
        "phases": {"short": 12, "medium": 36},
        "objectives": [{"id": "SO1", "title": "Objective"}],
        "areas": [{"id": "PA1", "title": "Area", "side": "demand"}],
        "actors": [{"id": "city", "name": "City"}, {"id": "agency", "name": "Agency"}],
        "funding_sources": [{"id": "budget", "name": "Budget"}],
    },
    "goals": {
        "goals": [
            {
                "id": "G1",
                "area": "PA1",
                "objectives": ["SO1"],
                "title": "Goal",
                "kpis": [kpi("K1")],
                "source": "test",
                "provenance": "assumption",
            }
        ]
    },
    "actions": {"actions": [action("A01")]},
}


def dump(data: Data) -> str:
    """YAML text with months kept as quoted strings."""
    dumper = getattr(yaml, "CSafeDumper", yaml.SafeDumper)
    return yaml.dump(data, Dumper=dumper, sort_keys=False, allow_unicode=True)


@pytest.fixture
def make_context(tmp_path: Path) -> Callable[..., CheckContext]:
    """`make_context(edit)` writes BASE changed by `edit(files)` and loads it."""

    def build(edit: Callable[[dict[str, Data]], None] | None = None) -> CheckContext:
        files = copy.deepcopy(BASE)
        if edit is not None:
            edit(files)
        for kind, data in files.items():
            (tmp_path / f"{kind}.yaml").write_text(dump(data), encoding="utf-8")
        loaded = load_directory(str(tmp_path))
        assert loaded.dataset is not None, loaded.diagnostics
        return CheckContext(loaded, loaded.dataset)

    return build


def findings(function: RuleFunction, ctx: CheckContext) -> list[Finding]:
    """The findings of one rule as a list."""
    return list(function(ctx))
