"""`roadmap check --format sarif`: valid SARIF 2.1.0 with the rule catalogue.

The schema file beside this test is the official SARIF 2.1.0 JSON Schema published by
OASIS (https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json,
also at https://raw.githubusercontent.com/oasis-tcs/sarif-spec/master/Schemata/sarif-schema-2.1.0.json),
vendored unchanged so that the test runs offline.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from roadmap.checks import RULES
from roadmap.checks.docs import LOADER_CODES, documentation
from roadmap.diagnostics import Diagnostic, Severity
from roadmap.output.diagnostics import (
    diagnostics_github,
    diagnostics_json,
    diagnostics_sarif,
    file_uri,
)
from tests.conftest import CASES, run_cli

SCHEMA_PATH = Path(__file__).with_name("sarif-schema-2.1.0.json")
INVALID = CASES / "invalid" / "unknown_field"


def _validate(log: dict[str, Any]) -> None:
    schema = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    validator = jsonschema.Draft7Validator(
        schema, format_checker=jsonschema.Draft7Validator.FORMAT_CHECKER
    )
    errors = sorted(validator.iter_errors(log), key=lambda e: list(e.path))
    assert not errors, "\n".join(f"{list(e.path)}: {e.message}" for e in errors)


def _sarif(directory: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[int, dict[str, Any]]:
    monkeypatch.chdir(directory.parent)
    run = run_cli("check", directory.name, "--format", "sarif")
    assert run.stderr == ""
    log: dict[str, Any] = json.loads(run.stdout)
    return run.exit_code, log


def test_invalid_case_gives_schema_valid_sarif_with_locations(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    code, log = _sarif(INVALID, monkeypatch)
    assert code == 1
    _validate(log)
    run = log["runs"][0]
    found = sorted(
        (
            r["ruleId"],
            r["level"],
            r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"],
            r["locations"][0]["physicalLocation"]["region"]["startLine"],
        )
        for r in run["results"]
    )
    assert found == [
        ("S001", "error", "unknown_field/actions.yaml", 7),
    ]
    rules = run["tool"]["driver"]["rules"]
    for result in run["results"]:
        assert rules[result["ruleIndex"]]["id"] == result["ruleId"]
        region = result["locations"][0]["physicalLocation"]["region"]
        assert region["startColumn"] >= 1


def test_rule_catalogue_carries_registry_metadata(monkeypatch: pytest.MonkeyPatch) -> None:
    _code, log = _sarif(CASES / "valid" / "no_progress", monkeypatch)
    _validate(log)
    assert log["runs"][0]["results"] == []
    rules = {r["id"]: r for r in log["runs"][0]["tool"]["driver"]["rules"]}
    assert {c.code for c in LOADER_CODES} | set(RULES) <= set(rules)
    for registered in RULES.values():
        descriptor = rules[registered.code]
        assert descriptor["shortDescription"]["text"] == registered.title
        assert descriptor["help"]["text"] == documentation(registered)
        assert descriptor["defaultConfiguration"]["level"] == str(registered.severity)
        assert descriptor["name"].isalnum()
    assert rules["S001"]["shortDescription"]["text"].startswith("Unknown field")


def test_output_is_deterministic(monkeypatch: pytest.MonkeyPatch) -> None:
    first = _sarif(INVALID, monkeypatch)
    second = _sarif(INVALID, monkeypatch)
    assert first == second


def test_file_level_diagnostic_has_no_region_and_unknown_code_gets_a_rule() -> None:
    diagnostics = [
        Diagnostic("data dir/strategy.yaml", 0, 0, "Y000", Severity.ERROR, "missing"),
        Diagnostic("data/actions.yaml", 3, 5, "P900", Severity.WARNING, "from elsewhere"),
    ]
    log = json.loads(diagnostics_sarif(diagnostics))
    _validate(log)
    results = log["runs"][0]["results"]
    location = results[0]["locations"][0]["physicalLocation"]
    assert "region" not in location
    assert location["artifactLocation"]["uri"] == "data%20dir/strategy.yaml"
    assert log["runs"][0]["tool"]["driver"]["rules"][results[1]["ruleIndex"]]["id"] == "P900"
    assert results[1]["level"] == "warning"


def test_file_uri_is_relative_inside_the_working_directory(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    assert file_uri(str(tmp_path / "data" / "goals.yaml")) == "data/goals.yaml"
    assert file_uri("./data/goals.yaml") == "data/goals.yaml"
    outside = tmp_path.parent / "elsewhere.yaml"
    assert file_uri(str(outside)) == outside.as_uri()


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
        ("error", "unknown_field/actions.yaml", 7, 5, "S001"),
    ]
    unknown = next(m for m in matches if m and m["title"] == "S001")
    assert "did you mean `duration_months`" in unknown["message"]


def test_special_characters_are_escaped() -> None:
    diagnostic = Diagnostic(
        "data/a,b:c.yaml", 4, 2, "R101", Severity.WARNING, "50% done\nsecond line"
    )
    line = diagnostics_github([diagnostic])
    assert line == (
        "::warning file=data/a%2Cb%3Ac.yaml,line=4,col=2,title=R101::50%25 done%0Asecond line\n"
    )


def test_file_level_diagnostic_has_no_line() -> None:
    diagnostic = Diagnostic("data/goals.yaml", 0, 0, "Y000", Severity.ERROR, "missing")
    assert diagnostics_github([diagnostic]) == "::error file=data/goals.yaml,title=Y000::missing\n"


def test_error_and_warning_lines_in_order() -> None:
    report = diagnostics_github(
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
    report = diagnostics_github(
        [Diagnostic("a%.yaml", 1, 1, "S003", Severity.ERROR, "first\r\nsecond: ok, yes")]
    )
    assert report == (
        "::error file=a%25.yaml,line=1,col=1,title=S003::first%0D%0Asecond: ok, yes\n"
    )
    assert report.count("\n") == 1


def test_no_diagnostics_no_output() -> None:
    assert diagnostics_github([]) == ""


def test_shape_and_counts() -> None:
    payload = json.loads(
        diagnostics_json(
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
