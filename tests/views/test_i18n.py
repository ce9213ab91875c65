"""Numbers, money, months and labels in both languages."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from roadmap.months import parse_month
from roadmap.views.i18n import (
    Labels,
    duration,
    format_int,
    format_money,
    format_number,
    format_percent,
    label,
    month_long,
    month_short,
    month_span,
    quarter_label,
)
from roadmap.views.labels import LABELS

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
    assert format_money(value, "bg") == bg
    assert format_money(value, "en") == en


def test_numbers_use_a_space_and_a_decimal_comma_in_bulgarian() -> None:
    assert format_int(1234567, "bg") == "1 234 567"
    assert format_int(1234567, "en") == "1,234,567"
    assert format_number(12345.5, "bg") == "12 345,5"
    assert format_number(12345.5, "en") == "12,345.5"
    assert format_number(5.25, "bg") == "5,25"
    assert format_number(60.0, "bg") == "60"
    assert format_number(-0.5, "en") == "-0.5"
    assert format_percent(0.456, "bg") == "46%"


def test_months_have_bulgarian_names() -> None:
    march = parse_month("2021-03")
    assert month_long(march, "bg") == "март 2021"
    assert month_long(march, "en") == "March 2021"
    assert month_short(parse_month("2024-12"), "bg") == "дек 2024"
    assert month_span(march, march + 9, "bg") == "мар 2021 – дек 2021"
    assert month_span(march, march, "en") == "Mar 2021"
    assert quarter_label(parse_month("2021-08"), "en") == "Q3"
    assert quarter_label(parse_month("2021-08"), "bg") == "Т3"
    assert duration(1, "bg") == "1 месец"
    assert duration(6, "bg") == "6 месеца"
    assert duration(1, "en") == "1 month"


def test_every_label_has_both_languages_and_they_differ_where_they_should() -> None:
    for key, (english, bulgarian) in LABELS.items():
        assert english.strip(), key
        assert bulgarian.strip(), key
        assert not re.search("[a-zA-Z]{4,}", bulgarian) or key in {"gantt_legend"}, key
    assert label("summary", "bg") == "Обобщение"


def _roadmap_templates() -> set[Path]:
    """roadmap.md.j2, roadmap.html.j2 and every template they include."""
    found: set[Path] = set()
    todo = [TEMPLATES / "roadmap.md.j2", TEMPLATES / "roadmap.html.j2"]
    while todo:
        template = todo.pop()
        if template in found:
            continue
        found.add(template)
        included = re.findall(r'{%\s*include\s+"([^"]+)"', template.read_text(encoding="utf-8"))
        todo += [TEMPLATES / name for name in included]
    return found


def test_templates_use_only_labels_that_exist() -> None:
    used = set()
    templates = _roadmap_templates()
    assert TEMPLATES / "gantt.svg.j2" in templates
    for template in templates:
        used |= set(re.findall(r"labels\.([a-z_]+)", template.read_text(encoding="utf-8")))
    assert used, "the templates use labels"
    assert used <= set(LABELS), used - set(LABELS)


def test_an_unknown_label_is_an_error_not_an_empty_string() -> None:
    labels = Labels("bg")
    assert labels.vision == "Визия"
    with pytest.raises(AttributeError):
        _ = labels.no_such_label
