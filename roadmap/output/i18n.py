"""Every label and term of the output in English and Bulgarian, and the one way each
language writes numbers, money, percentages, months and counted nouns.

The labels are the catalogue labels.json, each key with its English and Bulgarian text.

English writes "1,250,000", "12.5" and "€1,250,000" ("-€5,000" below zero). Bulgarian
writes "1 250 000", "12,5" and "1 250 000 €", with lower-case month names. A label is
looked up by key; a key that is missing is a bug and raises KeyError. A term that is
counted ("3 months") holds its singular and plural form, `one|many`.
"""

from __future__ import annotations

import json
from pathlib import Path

from roadmap import texts

format_int = texts.format_int
money = texts.money
"""The one way each language writes integers and euros, shared with the messages."""

LABELS: dict[str, list[str]] = json.loads(
    Path(__file__).with_name("labels.json").read_text(encoding="utf-8")
)
"""The catalogue: each key's [English, Bulgarian] text."""

DASH = "—"
"""What a cell shows when there is no value."""

MONTHS_SHORT = {
    "en": "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec",
    "bg": "яну фев мар апр май юни юли авг сеп окт ное дек",
}


def label(key: str, lang: str) -> str:
    """The label `key` in `lang` (`en` or `bg`)."""
    english, bulgarian = LABELS[key]
    return bulgarian if lang == "bg" else english


def counted(count: int, term: str, lang: str = "en") -> str:
    """`1 month`, `6 months`, `6 месеца`: the number and the term's form for it."""
    return f"{format_int(count, lang)} {noun(count, term, lang)}"


def noun(count: int, term: str, lang: str = "en") -> str:
    """The form of `term` after the number `count`: `month`, `months`; `месец`, `месеца`."""
    one, many = label(f"{term}_n", lang).split("|")
    return one if count == 1 else many


def format_number(value: float, lang: str = "en") -> str:
    """A number with at most two decimals, trailing zeros dropped: "12.5" or "12,5"."""
    text = f"{value:,.2f}".rstrip("0").rstrip(".")
    if text == "-0":
        text = "0"
    if lang == "bg":
        text = text.replace(",", " ").replace(".", ",")
    return text


def percent(fraction: float | None, lang: str = "en") -> str:
    """A share as a whole percentage, "45%", or a dash for no value."""
    return DASH if fraction is None else f"{format_int(round(fraction * 100), lang)}%"


def month_short(index: int, lang: str) -> str:
    """A month index as "Mar 2021" or "мар 2021"."""
    year, month0 = divmod(index, 12)
    return f"{MONTHS_SHORT[lang].split()[month0]} {year}"


def month_span(first: int, last: int, lang: str) -> str:
    """A run of months, both inclusive: "Jan 2021 – Dec 2021", or one month."""
    if first == last:
        return month_short(first, lang)
    return f"{month_short(first, lang)} – {month_short(last, lang)}"


def quarter_label(index: int, lang: str) -> str:
    """The quarter a month index falls in: "Q2", or "Т2" (тримесечие) in Bulgarian."""
    return f"{'Т' if lang == 'bg' else 'Q'}{index % 12 // 3 + 1}"


UNITS_BG = {
    "count": "брой", "people": "души", "days": "дни", "users": "потребители",
    "people per year": "души годишно", "events per year": "събития годишно",
    "trips per month": "пътувания месечно", "EUR million": "млн. евро",
    "GWh per year": "GWh годишно", "thousand m³ per year": "хил. m³ годишно",
}  # fmt: skip
"""Units of measure that Bulgarian writes otherwise; symbols (%, MWh) stay."""


def unit(text: str, lang: str) -> str:
    """A KPI's unit in `lang`: "count" is "брой" in Bulgarian."""
    return UNITS_BG.get(text, text) if lang == "bg" else text


def labels(lang: str) -> dict[str, str]:
    """Every label in `lang`, for templates: `labels.summary`. A template that names a
    label missing here fails (StrictUndefined) rather than print an empty string."""
    return {key: label(key, lang) for key in LABELS}
