"""Numbers, money, months and labels in Bulgarian or English.

Bulgarian is written the Bulgarian way: a space between thousands, a decimal comma,
the euro sign after the amount ("1 250 000 €") and lower-case month names. English
uses "€1,250,000" and "12.5".
"""

from __future__ import annotations

from typing import Literal

from roadmap.views.labels import LABELS

Lang = Literal["bg", "en"]

MONTHS_LONG: dict[str, tuple[str, ...]] = {
    "en": (
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ),
    "bg": (
        "януари",
        "февруари",
        "март",
        "април",
        "май",
        "юни",
        "юли",
        "август",
        "септември",
        "октомври",
        "ноември",
        "декември",
    ),
}
MONTHS_SHORT: dict[str, tuple[str, ...]] = {
    "en": ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"),
    "bg": ("яну", "фев", "мар", "апр", "май", "юни", "юли", "авг", "сеп", "окт", "ное", "дек"),
}
QUARTER_PREFIX = {"en": "Q", "bg": "Т"}
"""Quarters are "Q1" in English and "Т1" (тримесечие) in Bulgarian."""


def format_int(value: int, lang: str) -> str:
    """An integer with thousands grouped: "1 250 000" (bg) or "1,250,000" (en)."""
    grouped = f"{abs(value):,}"
    if lang == "bg":
        grouped = grouped.replace(",", " ")
    return f"-{grouped}" if value < 0 else grouped


def format_number(value: float, lang: str, decimals: int = 2) -> str:
    """A number with at most `decimals` decimals, trailing zeros dropped."""
    if float(value).is_integer():
        return format_int(int(value), lang)
    text = f"{abs(value):,.{decimals}f}".rstrip("0").rstrip(".")
    whole, _, fraction = text.partition(".")
    if lang == "bg":
        whole = whole.replace(",", " ")
        text = f"{whole},{fraction}" if fraction else whole
    return f"-{text}" if value < 0 else text


def format_money(value: int, lang: str) -> str:
    """Euros: "1 250 000 €" (bg) or "€1,250,000" (en)."""
    if lang == "bg":
        return f"{format_int(value, lang)} €"
    sign = "-" if value < 0 else ""
    return f"{sign}€{format_int(abs(value), lang)}"


def format_percent(fraction: float, lang: str) -> str:
    """A share as a whole percentage: "45%"."""
    return f"{format_int(round(fraction * 100), lang)}%"


def month_short(index: int, lang: str) -> str:
    """A month index as "Mar 2021" or "мар 2021"."""
    year, month0 = divmod(index, 12)
    return f"{MONTHS_SHORT[lang][month0]} {year}"


def month_long(index: int, lang: str) -> str:
    """A month index as "March 2021" or "март 2021"."""
    year, month0 = divmod(index, 12)
    return f"{MONTHS_LONG[lang][month0]} {year}"


def month_span(first: int, last: int, lang: str) -> str:
    """A run of months, both inclusive: "Jan 2021 – Dec 2021"."""
    if first == last:
        return month_short(first, lang)
    return f"{month_short(first, lang)} – {month_short(last, lang)}"


def quarter_label(index: int, lang: str) -> str:
    """The quarter a month index falls in: "Q2" or "Т2"."""
    return f"{QUARTER_PREFIX[lang]}{index % 12 // 3 + 1}"


def duration(months: int, lang: str) -> str:
    """A duration in months: "1 month", "6 months", "1 месец", "6 месеца"."""
    key = "month_one" if months == 1 else "month_many"
    return f"{format_int(months, lang)} {label(key, lang)}"


def label(key: str, lang: str) -> str:
    """The label `key` in `lang`. An unknown key is a bug and raises KeyError."""
    english, bulgarian = LABELS[key]
    return bulgarian if lang == "bg" else english


class Labels:
    """Every label in one language, for templates: `labels.summary`, `labels["kpis"]`."""

    def __init__(self, lang: str) -> None:
        self.lang = lang
        self._values = {key: label(key, lang) for key in LABELS}

    def __getattr__(self, key: str) -> str:
        try:
            return self._values[key]
        except KeyError:
            raise AttributeError(f"no label {key!r}") from None

    def __getitem__(self, key: str) -> str:
        return self._values[key]
