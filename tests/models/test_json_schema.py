"""The JSON Schemas in schemas/ are current, and agree with the loader on example data."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import jsonschema
import pytest
import yaml

from roadmap.cli.schema import KINDS
from roadmap.models import FILE_MODELS
from roadmap.models.json_schema import schema_file_name, schema_text
from tests.conftest import CASES, ROOT, run_cli

SCHEMAS = ROOT / "schemas"


def _plain(value: Any) -> Any:
    """YAML values as JSON sees them: mapping keys are strings."""
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    return value


def _validator(kind: str) -> jsonschema.Draft202012Validator:
    schema = json.loads((SCHEMAS / schema_file_name(kind)).read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema)


@pytest.mark.parametrize("kind", list(FILE_MODELS))
def test_checked_in_schema_is_current(kind: str) -> None:
    path = SCHEMAS / schema_file_name(kind)
    assert path.exists(), "run `roadmap schema --into schemas` and commit the files"
    assert path.read_text(encoding="utf-8") == schema_text(kind), (
        f"{path} is stale: run `roadmap schema --into schemas` and commit the result"
    )


def test_no_stray_schema_files() -> None:
    expected = {schema_file_name(k) for k in FILE_MODELS}
    assert {p.name for p in SCHEMAS.glob("*.json")} == expected
    assert tuple(FILE_MODELS) == KINDS


@pytest.mark.parametrize("kind", list(FILE_MODELS))
def test_spec_example_validates(kind: str) -> None:
    data = yaml.safe_load((CASES / "valid" / "spec_example" / f"{kind}.yaml").read_text("utf-8"))
    errors = list(_validator(kind).iter_errors(_plain(data)))
    assert not errors, [e.message for e in errors]


def test_unknown_field_fails_like_the_loader() -> None:
    case = CASES / "invalid" / "unknown_field" / "actions.yaml"
    data = yaml.safe_load(case.read_text(encoding="utf-8"))
    messages = [e.message for e in _validator("actions").iter_errors(_plain(data))]
    assert any("duration_month" in m for m in messages), messages


def test_cli_prints_all_or_one_and_writes_files(tmp_path: Path) -> None:
    combined = run_cli("schema")
    assert combined.exit_code == 0
    assert set(json.loads(combined.stdout)) == set(FILE_MODELS)
    one = run_cli("schema", "--kind", "goals")
    assert one.stdout == schema_text("goals")
    written = run_cli("schema", "--into", str(tmp_path / "out"))
    assert written.exit_code == 0
    for kind in FILE_MODELS:
        assert (tmp_path / "out" / schema_file_name(kind)).read_text("utf-8") == schema_text(kind)
    bad = run_cli("schema", "--kind", "budget")
    assert bad.exit_code == 2
    assert "unknown --kind 'budget'" in bad.stderr
