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
