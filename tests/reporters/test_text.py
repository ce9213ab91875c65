"""The text report: grouped by file, `file:line:col: severity CODE message`, a summary."""

from __future__ import annotations

from roadmap.diagnostics import Diagnostic, Severity
from roadmap.reporters.text import summary, text_report


def test_grouped_by_file_with_positions_and_summary() -> None:
    report = text_report(
        [
            Diagnostic("d/actions.yaml", 0, 0, "Y000", Severity.ERROR, "missing"),
            Diagnostic("d/goals.yaml", 3, 9, "K401", Severity.WARNING, "no KPI"),
            Diagnostic("d/goals.yaml", 5, 1, "R103", Severity.ERROR, "unknown area"),
        ]
    )
    assert report == (
        "d/actions.yaml\n"
        "  d/actions.yaml: error Y000 missing\n"
        "\n"
        "d/goals.yaml\n"
        "  d/goals.yaml:3:9: warning K401 no KPI\n"
        "  d/goals.yaml:5:1: error R103 unknown area\n"
        "\n"
        "2 errors, 1 warning\n"
    )


def test_summary_wording() -> None:
    one = Diagnostic("f", 1, 1, "R101", Severity.ERROR, "x")
    warn = Diagnostic("f", 1, 1, "R109", Severity.WARNING, "x")
    assert summary([]) == "no problems found"
    assert summary([one]) == "1 error, 0 warnings"
    assert summary([warn, warn]) == "0 errors, 2 warnings"
    assert text_report([]) == "no problems found\n"
