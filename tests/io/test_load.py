"""Loading a directory: schema errors become diagnostics at their YAML node, with
messages that say what to do."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from pydantic import BaseModel, ValidationError

from roadmap.diagnostics import Diagnostic
from roadmap.io.load import load_directory
from roadmap.io.messages import schema_diagnostics
from roadmap.io.yaml import read_yaml
from roadmap.models import ActionsFile, ProgressFile
from tests.conftest import CASES

ACTION = """actions:
  - id: A01
    title: Open data
    goals: [G1]
    lead: city
    duration_months: 6
    cost_eur: 100
    source: test
    provenance: assumption
"""


def _diagnose(text: str, model: type[BaseModel] = ActionsFile) -> list[Diagnostic]:
    doc = read_yaml("actions.yaml", text)
    assert doc.problems == []
    with pytest.raises(ValidationError) as caught:
        model.model_validate(doc.data)
    return schema_diagnostics(caught.value, doc, model)


def test_a_misspelt_field_is_reported_once_at_the_key_with_a_suggestion() -> None:
    # The misspelt key is unknown and the real field missing: one S001, no S002.
    [d] = _diagnose(ACTION.replace("duration_months", "duraton_months"))
    assert (d.code, d.line, d.column) == ("S001", 6, 5)
    assert d.message == (
        "action A01: unknown field `duraton_months`: did you mean `duration_months`?"
    )


def test_a_missing_field_stays_when_the_unknown_one_is_not_close() -> None:
    found = _diagnose(ACTION.replace("duration_months", "months_long"))
    assert sorted(x.code for x in found) == ["S001", "S002"]


def test_unknown_field_without_a_close_match_lists_the_allowed_ones() -> None:
    [d] = _diagnose(ACTION.replace("title: Open data", "title: {en: Open data, fr: Données}"))
    assert d.code == "S001"
    assert d.message.endswith("allowed fields: bg, en")


def test_missing_field_points_at_the_mapping_that_lacks_it() -> None:
    [d] = _diagnose(ACTION.replace("    lead: city\n", ""))
    assert (d.code, d.line, d.column) == ("S002", 2, 5)
    assert d.message == "action A01: missing required field `lead`"


@pytest.mark.parametrize(
    ("old", "new", "message"),
    [
        (
            "cost_eur: 100",
            'cost_eur: "100"',
            'field `cost_eur`: write a whole number such as 6, without quotes (got "100")',
        ),
        ("cost_eur: 100", "cost_eur: 1.5", "field `cost_eur`: write a whole number such as 6"),
        ("goals: [G1]", "goals: G1", 'field `goals`: write a list, such as [OG1.1] (got "G1")'),
        ("  - id: A01", "  - id: A 01", '"A 01" is not a valid id'),
        ("lead: city", "lead: Сity", "the 'С' in 'Сity' is Cyrillic; type a Latin 'C'"),
        ("lead: city", "lead:", "write text (got nothing)"),
        (
            "provenance: assumption",
            "provenance: guess",
            "action A01, field `provenance`: write one of 'sourced', 'reconstructed' or "
            "'assumption' (got \"guess\")",
        ),
        ("duration_months: 6", "duration_months: 0", "write at least 1 (got 0)"),
        ("cost_eur: 100", "cost_eur: -5", "action A01, field `cost_eur`: "),
        ("cost_eur: 100", "cost_eur: 99999999999999999999999", "action A01, field `cost_eur`: "),
    ],
)
def test_invalid_values_say_what_was_expected(old: str, new: str, message: str) -> None:
    [d] = _diagnose(ACTION.replace(old, new))
    assert d.code == "S003"
    assert message in d.message


def test_month_pattern_gets_a_month_message_at_the_value() -> None:
    [d] = _diagnose("as_of: 2021-13\n", ProgressFile)
    assert (d.line, d.column) == (1, 8)
    assert d.message == 'field `as_of`: write a month as 2028-01 (got "2021-13")'


def test_long_inputs_are_shortened() -> None:
    [d] = _diagnose(ACTION.replace("lead: city", "lead: " + "x" * 100 + " y"))
    assert "..." in d.message and len(d.message) < 200


def test_a_directory_loads_into_a_dataset_and_locates_its_nodes() -> None:
    loaded = load_directory(str(CASES / "valid" / "spec_example"))
    assert loaded.diagnostics == [] and loaded.dataset is not None
    path, line, column = loaded.locate("actions", ("actions", 0, "id"))
    assert path.endswith("actions.yaml") and line > 1 and column > 1
    assert loaded.locate("nothing", ()) == (loaded.path_of("nothing"), 0, 0)


@pytest.mark.parametrize("make", ["missing", "file"])
def test_a_data_directory_that_is_not_one_says_so(tmp_path: Path, make: str) -> None:
    target = tmp_path / "data"
    if make == "file":
        target.write_text("")
    [d] = load_directory(str(target)).diagnostics
    assert (d.code, d.line) == ("Y000", 0)
    assert d.message == (
        "the data directory is a file, not a directory"
        if make == "file"
        else "the data directory does not exist"
    )


def test_no_file_is_validated_while_any_has_a_syntax_error(tmp_path: Path) -> None:
    for source in (CASES / "valid" / "spec_example").glob("*.yaml"):
        (tmp_path / source.name).write_text(source.read_text("utf-8"), "utf-8")
    (tmp_path / "goals.yaml").write_text("goals: [\n", "utf-8")
    (tmp_path / "actions.yaml").write_text("actions: 5\n", "utf-8")
    loaded = load_directory(str(tmp_path))
    assert [d.code for d in loaded.diagnostics] == ["Y001"]
    assert loaded.dataset is None  # actions.yaml, validated, would add an S003


def test_a_data_folder_that_cannot_be_read_says_permission_denied_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = str(tmp_path)
    real_access = os.access
    monkeypatch.setattr(os, "access", lambda path, mode: path != folder and real_access(path, mode))
    (problem,) = load_directory(folder).diagnostics
    assert problem.code == "Y000"
    assert "permission denied" in problem.message
