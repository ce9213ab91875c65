"""`roadmap check` end to end: formats, --strict and exit codes."""

from __future__ import annotations

import json

import pytest

from tests.conftest import CASES, run_cli

WARNINGS_ONLY = str(CASES / "invalid" / "redundant_dependency")
ERRORS = str(CASES / "invalid" / "dependency_cycle")


def test_warnings_pass_unless_strict() -> None:
    assert run_cli("check", WARNINGS_ONLY).exit_code == 0
    strict = run_cli("check", WARNINGS_ONLY, "--strict")
    assert strict.exit_code == 1
    assert "warning G203" in strict.stdout


def test_text_report_names_file_line_and_the_whole_cycle() -> None:
    run = run_cli("check", ERRORS)
    assert run.exit_code == 1
    assert f"{ERRORS}/actions.yaml:7:18: error G202 dependency cycle A01 -> A03 -> A02 -> A01" in (
        run.stdout
    )
    assert run.stdout.endswith("1 error, 0 warnings\n")


def test_github_format() -> None:
    run = run_cli("check", ERRORS, "--format", "github")
    assert run.exit_code == 1
    assert run.stdout.startswith(f"::error file={ERRORS}/actions.yaml,line=7,col=18,title=G202::")


def test_json_format_on_a_clean_directory() -> None:
    run = run_cli("check", str(CASES / "valid" / "no_progress"), "--format", "json")
    assert run.exit_code == 0
    assert json.loads(run.stdout) == {"diagnostics": [], "errors": 0, "warnings": 0}


def test_missing_directory_is_a_finding_not_a_crash() -> None:
    run = run_cli("check", str(CASES / "no-such-directory"), "--format", "json")
    assert run.exit_code == 1
    [finding] = json.loads(run.stdout)["diagnostics"]
    assert finding["code"] == "Y000" and "does not exist" in finding["message"]


def test_unknown_format_is_a_usage_error() -> None:
    assert run_cli("check", WARNINGS_ONLY, "--format", "xml").exit_code == 2


@pytest.mark.parametrize(
    ("case", "binding"),
    [
        ("deadline_missed_by_capacity", "lead city was at capacity 1"),
        ("deadline_missed_by_budget_cap", "the 2021 budget cap of €100,000"),
    ],
)
@pytest.mark.parametrize("fmt", ["text", "json", "github", "sarif"])
def test_a_plan_that_misses_a_deadline_fails_check_in_every_format(
    case: str, binding: str, fmt: str
) -> None:
    run = run_cli("check", str(CASES / "invalid" / case), "--format", fmt)
    assert run.exit_code == 1
    assert "P601" in run.stdout
    assert binding in run.stdout
