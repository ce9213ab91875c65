"""Schema errors become diagnostics at the YAML node, with messages that say what to do."""

from __future__ import annotations

import pytest
from pydantic import BaseModel, ValidationError

from roadmap.diagnostics import Diagnostic
from roadmap.loading.schema_errors import diagnostics_from, where
from roadmap.loading.yaml_reader import read_text
from roadmap.models import ActionsFile, ProgressFile

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
    doc = read_text("actions.yaml", text.encode())
    assert doc.problems == []
    with pytest.raises(ValidationError) as caught:
        model.model_validate(doc.data)
    return diagnostics_from(caught.value, doc, model)


def test_unknown_field_points_at_the_key_with_a_suggestion() -> None:
    # The misspelt key is unknown, and the real field is then missing.
    found = _diagnose(ACTION.replace("duration_months", "duraton_months"))
    codes = sorted((x.code, x.line, x.column) for x in found)
    assert codes == [("S001", 6, 5), ("S002", 2, 5)]
    unknown = next(x for x in found if x.code == "S001")
    assert (
        unknown.message
        == "unknown field 'duraton_months' in actions[0]; did you mean 'duration_months'?"
    )


def test_unknown_field_without_a_close_match_lists_the_allowed_ones() -> None:
    [d] = _diagnose(ACTION.replace("title: Open data", "title: {en: Open data, fr: Données}"))
    assert d.code == "S001"
    assert d.message.endswith("allowed fields: bg, en")


def test_missing_field_points_at_the_mapping_that_lacks_it() -> None:
    [d] = _diagnose(ACTION.replace("    lead: city\n", ""))
    assert (d.code, d.line, d.column) == ("S002", 2, 5)
    assert d.message == "missing required field 'lead' in actions[0]"


@pytest.mark.parametrize(
    ("old", "new", "message"),
    [
        (
            "cost_eur: 100",
            'cost_eur: "100"',
            "actions[0].cost_eur: expected a whole number, got '100'",
        ),
        ("cost_eur: 100", "cost_eur: 1.5", "actions[0].cost_eur: expected a whole number, got 1.5"),
        ("goals: [G1]", "goals: G1", "actions[0].goals: expected a list, got 'G1'"),
        ("  - id: A01", "  - id: A 01", "actions[0].id: 'A 01' is not a valid id"),
        (
            "provenance: assumption",
            "provenance: guess",
            "actions[0].provenance: expected one of 'sourced', 'reconstructed' or "
            "'assumption', got 'guess'",
        ),
        ("duration_months: 6", "duration_months: 0", "greater than or equal to 1 (got 0)"),
    ],
)
def test_invalid_values_say_what_was_expected(old: str, new: str, message: str) -> None:
    [d] = _diagnose(ACTION.replace(old, new))
    assert d.code == "S003"
    assert message in d.message


def test_month_pattern_gets_a_month_message_at_the_value() -> None:
    [d] = _diagnose("as_of: 2021-13\n", ProgressFile)
    assert (d.line, d.column) == (1, 8)
    assert "expected a month as YYYY-MM (e.g. 2021-03), got '2021-13'" in d.message


def test_long_inputs_are_shortened() -> None:
    [d] = _diagnose(ACTION.replace("lead: city", "lead: " + "x" * 100 + " y"))
    assert "..." in d.message and len(d.message) < 200


def test_where_reads_like_a_path_without_union_tags() -> None:
    assert where(("actions", 3, "depends_on", 0, "mapping", "lag_months")) == (
        "actions[3].depends_on[0].lag_months"
    )
    assert where(("actions", 0, "title", "localized", "en")) == "actions[0].title.en"
    assert where(("actions", 1, "depends_on", 2, "id")) == "actions[1].depends_on[2]"
    assert where(("actions", 1, "id")) == "actions[1].id"
    assert where(()) == "the file"
