"""The JSON report has exactly the shape of the fixed interface."""

from __future__ import annotations

import json

from roadmap.diagnostics import Diagnostic, Severity
from roadmap.reporters.json_report import json_report


def test_shape_and_counts() -> None:
    payload = json.loads(
        json_report(
            [
                Diagnostic("d/a.yaml", 2, 3, "G202", Severity.ERROR, "cycle"),
                Diagnostic("d/a.yaml", 4, 1, "G203", Severity.WARNING, "redundant: Демо"),
            ]
        )
    )
    assert set(payload) == {"diagnostics", "errors", "warnings"}
    assert payload["errors"] == 1 and payload["warnings"] == 1
    assert payload["diagnostics"][0] == {
        "code": "G202",
        "severity": "error",
        "message": "cycle",
        "file": "d/a.yaml",
        "line": 2,
        "column": 3,
    }
    assert payload["diagnostics"][1]["message"] == "redundant: Демо"
