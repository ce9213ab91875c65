"""`roadmap check --format github`: workflow annotations at the right file and line."""

from __future__ import annotations

import re

import pytest

from roadmap.diagnostics import Diagnostic, Severity
from roadmap.reporters.github import github_report
from tests.conftest import CASES, run_cli

ANNOTATION = re.compile(
    r"^::(?P<level>error|warning) file=(?P<file>[^,]+),line=(?P<line>\d+),"
    r"col=(?P<col>\d+),title=(?P<title>[^:]+)::(?P<message>.+)$"
)


def test_invalid_case_annotations_point_at_file_and_line(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(CASES / "invalid")
    run = run_cli("check", "unknown_field", "--format", "github")
    assert run.exit_code == 1
    matches = [ANNOTATION.match(line) for line in run.stdout.splitlines()]
    assert all(matches), run.stdout
    found = sorted(
        (m["level"], m["file"], int(m["line"]), int(m["col"]), m["title"]) for m in matches if m
    )
    assert found == [
        ("error", "unknown_field/actions.yaml", 2, 5, "S002"),
        ("error", "unknown_field/actions.yaml", 7, 5, "S001"),
    ]
    unknown = next(m for m in matches if m and m["title"] == "S001")
    assert "did you mean 'duration_months'" in unknown["message"]


def test_special_characters_are_escaped() -> None:
    diagnostic = Diagnostic(
        "data/a,b:c.yaml", 4, 2, "R101", Severity.WARNING, "50% done\nsecond line"
    )
    line = github_report([diagnostic])
    assert line == (
        "::warning file=data/a%2Cb%3Ac.yaml,line=4,col=2,title=R101::50%25 done%0Asecond line\n"
    )


def test_file_level_diagnostic_has_no_line() -> None:
    diagnostic = Diagnostic("data/goals.yaml", 0, 0, "Y000", Severity.ERROR, "missing")
    assert github_report([diagnostic]) == "::error file=data/goals.yaml,title=Y000::missing\n"


def test_error_and_warning_lines_in_order() -> None:
    report = github_report(
        [
            Diagnostic("data/actions.yaml", 7, 5, "R106", Severity.ERROR, "unknown dependency"),
            Diagnostic("data/goals.yaml", 3, 9, "K401", Severity.WARNING, "no KPI"),
        ]
    )
    assert report == (
        "::error file=data/actions.yaml,line=7,col=5,title=R106::unknown dependency\n"
        "::warning file=data/goals.yaml,line=3,col=9,title=K401::no KPI\n"
    )


def test_carriage_returns_and_percent_in_file_names_are_escaped() -> None:
    report = github_report(
        [Diagnostic("a%.yaml", 1, 1, "S003", Severity.ERROR, "first\r\nsecond: ok, yes")]
    )
    assert report == (
        "::error file=a%25.yaml,line=1,col=1,title=S003::first%0D%0Asecond: ok, yes\n"
    )
    assert report.count("\n") == 1


def test_no_diagnostics_no_output() -> None:
    assert github_report([]) == ""
