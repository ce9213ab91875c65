"""The one table of texts, and numbers, money, months and counted terms in both languages."""

from __future__ import annotations

import ast
import re
from pathlib import Path
from string import Formatter

import jinja2
import pytest

import roadmap
from roadmap.monitoring.result import ACTION_STATES, LIGHTS
from roadmap.months import parse_month
from roadmap.output.render import environment
from roadmap.output.status_page import BUDGET
from roadmap.texts import (
    TEXTS,
    counted,
    format_int,
    format_number,
    item_name,
    label,
    labels,
    language,
    money,
    month_short,
    month_span,
    months,
    percent,
    quarter_label,
    say,
)


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


TEMPLATES = Path(__file__).resolve().parents[1] / "templates"


@pytest.mark.parametrize(
    ("value", "bg", "en"),
    [
        (0, "0 €", "€0"),
        (999, "999 €", "€999"),
        (1250000, "1 250 000 €", "€1,250,000"),
        (-5000, "-5 000 €", "-€5,000"),
    ],
)
def test_money_is_written_the_way_each_language_writes_it(value: int, bg: str, en: str) -> None:
    assert money(value, "bg") == bg
    assert money(value, "en") == en


def test_numbers_use_a_space_and_a_decimal_comma_in_bulgarian() -> None:
    assert format_int(1234567, "bg") == "1 234 567"
    assert format_int(1234567, "en") == "1,234,567"
    assert format_number(12345.5, "bg") == "12 345,5"
    assert format_number(12345.5, "en") == "12,345.5"
    assert format_number(5.25, "bg") == "5,25"
    assert format_number(60.0, "bg") == "60"
    assert format_number(-0.5, "en") == "-0.5"
    assert format_number(-0.0001, "en") == "0"
    assert percent(0.456, "bg") == "46%"
    assert percent(None) == "—"


def test_months_have_bulgarian_names() -> None:
    march = parse_month("2021-03")
    assert month_short(parse_month("2024-12"), "bg") == "дек 2024"
    assert month_span(march, march + 9, "bg") == "мар 2021 – дек 2021"
    assert month_span(march, march, "en") == "Mar 2021"
    assert quarter_label(parse_month("2021-08"), "en") == "Q3"
    assert quarter_label(parse_month("2021-08"), "bg") == "Т3"


def test_counted_terms_take_their_plural_form() -> None:
    assert counted(1, "month", "bg") == "1 месец"
    assert counted(6, "month", "bg") == "6 месеца"
    assert counted(1, "month") == "1 month"
    assert counted(0, "action") == "0 actions"
    assert counted(1200, "error") == "1,200 errors"
    for key, pair in TEXTS.items():
        assert key.endswith("_n") == all(text.count("|") == 1 for text in pair.values()), key


LATIN_IN_BULGARIAN = {"gantt_legend", "plan_note", "fixed_legend", "plan_empty"}
"""Labels whose Bulgarian names a Latin term: Mermaid's `crit`, `roadmap plan`, a file."""


def test_every_text_is_translated_and_labels_hold_no_english() -> None:
    for key, pair in TEXTS.items():
        assert pair["en"].strip() and pair["bg"].strip() and pair["en"] != pair["bg"], key
    for key in _template_labels() | {key for key in TEXTS if key.endswith("_n")}:
        words = re.sub(r"{[a-z]+}", "", TEXTS[key]["bg"])
        assert not re.search("[a-zA-Z]{4,}", words) or key in LATIN_IN_BULGARIAN, key
    assert label("summary", "bg") == "Обобщение"


def test_every_state_light_reason_and_budget_line_has_a_label() -> None:
    needed = {f"state_{s}_n" for s in ACTION_STATES} | {f"light_{x}_n" for x in LIGHTS}
    needed |= {f"budget_{key}" for key in BUDGET}
    assert needed <= set(TEXTS)


def test_the_thresholds_sentence_takes_the_three_values() -> None:
    for lang in ("en", "bg"):
        text = label("thresholds", lang).format(green="90%", amber="60%", lag="15")
        assert "90%" in text
        assert "60%" in text
        assert "15" in text


def _template_labels() -> set[str]:
    """The labels the templates name."""
    used = set()
    for template in TEMPLATES.glob("*.j2"):
        used |= set(re.findall(r"labels\.([a-z_]+)", template.read_text(encoding="utf-8")))
    return used


def test_templates_use_only_labels_that_exist() -> None:
    used = _template_labels()
    assert "gantt_legend" in used and "mon_title" in used
    assert used <= set(TEXTS), used - set(TEXTS)


def test_an_unknown_label_is_an_error_not_an_empty_string() -> None:
    template = environment().from_string("{{ labels.vision }} {{ labels.no_such_label }}")
    with pytest.raises(jinja2.UndefinedError):
        template.render(labels=labels("bg"))
    assert environment().from_string("{{ labels.vision }}").render(labels=labels("bg")) == "Визия"
