"""Numbers, money, months, counted terms and labels in both languages."""

from __future__ import annotations

import re
from pathlib import Path

import jinja2
import pytest

from roadmap.monitoring.result import ACTION_STATES, LIGHTS
from roadmap.months import parse_month
from roadmap.output.i18n import (
    LABELS,
    counted,
    format_int,
    format_number,
    label,
    labels,
    money,
    month_short,
    month_span,
    percent,
    quarter_label,
)
from roadmap.output.render import environment
from roadmap.output.status_page import BUDGET

TEMPLATES = Path(__file__).resolve().parents[2] / "templates"


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
    for key, pair in LABELS.items():
        assert key.endswith("_n") == all(text.count("|") == 1 for text in pair), key


LATIN_IN_BULGARIAN = {"gantt_legend", "plan_note", "fixed_legend", "plan_empty"}
"""Labels whose Bulgarian names a Latin term: Mermaid's `crit`, `roadmap plan`, a file."""


def test_every_label_has_both_languages_and_they_differ_where_they_should() -> None:
    for key, (english, bulgarian) in LABELS.items():
        assert english.strip(), key
        assert bulgarian.strip(), key
        words = re.sub(r"{[a-z]+}", "", bulgarian)
        assert not re.search("[a-zA-Z]{4,}", words) or key in LATIN_IN_BULGARIAN, key
    assert label("summary", "bg") == "Обобщение"


def test_every_state_light_reason_and_budget_line_has_a_label() -> None:
    needed = {f"state_{s}_n" for s in ACTION_STATES} | {f"light_{x}_n" for x in LIGHTS}
    needed |= {f"budget_{key}" for key in BUDGET}
    assert needed <= set(LABELS)


def test_the_thresholds_sentence_takes_the_three_values() -> None:
    for lang in ("en", "bg"):
        text = label("thresholds", lang).format(green="90%", amber="60%", lag="15")
        assert "90%" in text
        assert "60%" in text
        assert "15" in text


def test_templates_use_only_labels_that_exist() -> None:
    used = set()
    for template in TEMPLATES.glob("*.j2"):
        used |= set(re.findall(r"labels\.([a-z_]+)", template.read_text(encoding="utf-8")))
    assert "gantt_legend" in used and "mon_title" in used
    assert used <= set(LABELS), used - set(LABELS)


def test_an_unknown_label_is_an_error_not_an_empty_string() -> None:
    template = environment().from_string("{{ labels.vision }} {{ labels.no_such_label }}")
    with pytest.raises(jinja2.UndefinedError):
        template.render(labels=labels("bg"))
    assert environment().from_string("{{ labels.vision }}").render(labels=labels("bg")) == "Визия"
