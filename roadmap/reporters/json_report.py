"""The JSON report of the fixed interface (spec section 8)."""

from __future__ import annotations

import json

from roadmap.diagnostics import Diagnostic, Severity, count


def json_report(diagnostics: list[Diagnostic]) -> str:
    """`{"diagnostics": [...], "errors": N, "warnings": N}`."""
    payload = {
        "diagnostics": [d.as_dict() for d in diagnostics],
        "errors": count(diagnostics, Severity.ERROR),
        "warnings": count(diagnostics, Severity.WARNING),
    }
    return json.dumps(payload, ensure_ascii=False, indent=2) + "\n"
