"""JSON export: everything `roadmap plan --format json` prints, and more."""

from __future__ import annotations

import json

from roadmap.export.json_plan import export_json
from tests.conftest import run_cli
from tests.tools.render_cases import SMALL, context


def test_the_export_is_a_superset_of_the_plan_json() -> None:
    plan = json.loads(run_cli("plan", str(SMALL), "--format", "json").stdout)
    exported = json.loads(export_json(context(SMALL)))
    for key, value in plan.items():
        if key != "actions":
            assert exported[key] == value, key
    plain = {a["id"]: a for a in plan["actions"]}
    for action in exported["actions"]:
        assert plain[action["id"]].items() <= action.items()
    a02 = next(a for a in exported["actions"] if a["id"] == "A02")
    assert a02["title"] == "Sandbox for pilots"
    assert a02["depends_on"] == [{"id": "A01", "lag_months": 1}]
    assert a02["area"] == "PA1"
    assert exported["unscheduled"] == [
        {"id": "A05", "title": "Cancelled portal", "status": "cancelled"}
    ]
