"""`roadmap check --format sarif`: valid SARIF 2.1.0 with the rule catalogue.

The schema file beside this test is the official SARIF 2.1.0 JSON Schema published by
OASIS (https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json,
also at https://raw.githubusercontent.com/oasis-tcs/sarif-spec/master/Schemata/sarif-schema-2.1.0.json),
vendored unchanged so that the test runs offline.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from roadmap.checks import LOADER_CODES, RULES
from roadmap.diagnostics import Diagnostic, Severity
from roadmap.reporters.sarif import file_uri, sarif_report
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
        ("S002", "error", "unknown_field/actions.yaml", 2),
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
        assert descriptor["help"]["text"] == registered.doc
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
    log = json.loads(sarif_report(diagnostics))
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
