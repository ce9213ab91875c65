"""`roadmap check` speaks the planner's language (issue 20): each hint, and Bulgarian."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import CASES, run_cli


def _findings(case: str, *options: str) -> list[dict[str, Any]]:
    run = run_cli("check", str(CASES / "invalid" / case), "--format", "json", *options)
    assert run.exit_code == 1, run.stderr
    found: list[dict[str, Any]] = json.loads(run.stdout)["diagnostics"]
    return found


def _one(case: str, *options: str) -> dict[str, Any]:
    [found] = _findings(case, *options)
    return found


def test_a_colon_in_a_title_says_to_quote_it() -> None:
    d = _one("colon_in_title")
    assert (d["code"], d["line"]) == ("Y001", 14)
    assert 'put the title in quotes: title: "Обучение: етап 1"' in d["message"]
    assert "mapping values" not in d["message"]


def test_a_month_with_a_dot_is_shown_as_a_month() -> None:
    d = _one("month_with_a_dot")
    assert (d["code"], d["line"]) == ("S003", 19)
    assert "write a month as 2028-01; here: earliest_start: 2021-03" in d["message"]
    assert "expected text" not in d["message"]


def test_a_cyrillic_letter_in_an_id_is_named() -> None:
    d = _one("cyrillic_letter_in_id")
    assert "the 'А' in 'А03' is Cyrillic; type a Latin 'A'" in d["message"]


def test_a_number_in_quotes_says_to_drop_them() -> None:
    d = _one("number_in_quotes")
    assert "write a whole number such as 6, without quotes" in d["message"]


def test_a_misspelt_field_gives_one_error_with_the_suggestion() -> None:
    d = _one("misspelt_field_once")
    assert (d["code"], d["line"]) == ("S001", 32)
    assert d["message"].endswith("unknown field `duraton_months`: did you mean `duration_months`?")


def test_the_item_is_named_by_its_id() -> None:
    d = _one("item_named_by_id")
    assert d["message"].startswith("action A03, field `depends_on`:")
    assert "actions[2]" not in d["message"]


@pytest.mark.parametrize("case", ["wrong_types_everywhere", "null_list", "scalar_at_top"])
def test_no_python_type_names(case: str) -> None:
    for d in _findings(case):
        for word in ("None", "dict", "str", "got '", "[key]"):
            assert word not in d["message"], d


def test_lang_bg_gives_bulgarian_and_keeps_the_place() -> None:
    english = _one("misspelt_field_once")
    bulgarian = _one("misspelt_field_once", "--lang", "bg")
    assert bulgarian["message"] == (
        "действие A03: непознато поле `duraton_months`: може би `duration_months`?"
    )
    for key in ("code", "file", "line", "column"):
        assert bulgarian[key] == english[key]
    assert "кавички" in _one("colon_in_title", "--lang", "bg")["message"]


def test_lang_defaults_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LANG", "bg_BG.UTF-8")
    assert "без кавички" in _one("number_in_quotes")["message"]
    monkeypatch.setenv("LANG", "C.UTF-8")
    assert "without quotes" in _one("number_in_quotes")["message"]


def test_a_bad_year_key_in_budget_caps_asks_for_a_year(tmp_path: Path) -> None:
    shutil.copytree(CASES / "invalid" / "colon_in_title", tmp_path, dirs_exist_ok=True)
    strategy = tmp_path / "strategy.yaml"
    (tmp_path / "actions.yaml").write_text(
        (CASES / "invalid" / "float_duration" / "actions.yaml")
        .read_text(encoding="utf-8")
        .replace("6.5", "6"),
        encoding="utf-8",
    )
    text = strategy.read_text(encoding="utf-8").replace("2022: 800000", "20x2: 800000")
    strategy.write_text(text, encoding="utf-8")
    run = run_cli("check", str(tmp_path), "--format", "json")
    found = [d for d in json.loads(run.stdout)["diagnostics"] if d["code"] == "S003"]
    assert [d["message"] for d in found] == [
        'field `budget_caps`, the key 20x2: write a year such as 2028 (got "20x2")'
    ]
