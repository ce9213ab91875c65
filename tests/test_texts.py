"""The message table: both languages of each text take the same values."""

from __future__ import annotations

import ast
from pathlib import Path
from string import Formatter

import pytest

import roadmap
from roadmap.texts import TEXTS, item_name, language, money, months, say


def _fields(template: str) -> set[str]:
    return {name for _, name, _, _ in Formatter().parse(template) if name}


@pytest.mark.parametrize("key", sorted(TEXTS))
def test_both_languages_fill_the_same_fields(key: str) -> None:
    assert set(TEXTS[key]) == {"en", "bg"}
    assert _fields(TEXTS[key]["en"]) == _fields(TEXTS[key]["bg"])


def test_the_language_holds_inside_the_block_only() -> None:
    with language("bg"):
        assert say("T301", end="2020-12", start="2021-01").startswith(
            "хоризонтът свършва (2020-12)"
        )
        assert item_name("actions") == "действие"
    assert say("T301", end="2020-12", start="2021-01").startswith("the horizon ends (2020-12)")
    with language("fr"):
        assert item_name("goals") == "goal"
    assert item_name("unlisted") == "unlisted"


def test_months_are_counted_in_each_language() -> None:
    assert (months(1), months(6)) == ("1 month", "6 months")
    with language("bg"):
        assert (months(1), months(6)) == ("1 мес.", "6 мес.")


def test_money_has_one_form_per_language() -> None:
    assert (money(1_250_000), money(-5000)) == ("€1,250,000", "-€5,000")
    assert (money(1_250_000, "bg"), money(-5000, "bg")) == ("1 250 000 €", "-5 000 €")


def test_every_text_the_package_asks_for_by_name_exists() -> None:
    package = Path(roadmap.__file__).parent
    asked = {
        node.args[0].value
        for path in package.rglob("*.py")
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
        if isinstance(node, ast.Call)
        and getattr(node.func, "id", None) == "say"
        and node.args
        and isinstance(node.args[0], ast.Constant)
        and isinstance(node.args[0].value, str)
    }
    assert len(asked) > 100
    assert sorted(asked - TEXTS.keys()) == []
