"""GitHub workflow annotations: one line each, escaped as the runner expects."""

from __future__ import annotations

from roadmap.diagnostics import Diagnostic, Severity
from roadmap.reporters.github import github_report


def test_error_and_warning_lines_carry_file_line_col_and_code() -> None:
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


def test_file_level_findings_have_no_line() -> None:
    report = github_report(
        [Diagnostic("data/actions.yaml", 0, 0, "Y000", Severity.ERROR, "the file is missing")]
    )
    assert report == "::error file=data/actions.yaml,title=Y000::the file is missing\n"


def test_message_and_properties_are_escaped() -> None:
    report = github_report(
        [Diagnostic("a,b:c%.yaml", 1, 1, "S003", Severity.ERROR, "50% done\r\nnext line: ok, yes")]
    )
    assert report == (
        "::error file=a%2Cb%3Ac%25.yaml,line=1,col=1,title=S003::"
        "50%25 done%0D%0Anext line: ok, yes\n"
    )
    assert report.count("\n") == 1


def test_no_diagnostics_no_output() -> None:
    assert github_report([]) == ""
