"""Every word the tool gives, in English and Bulgarian (issue 20), and the one way each
language writes numbers, money and months.

One table, texts.json, keyed by purpose (a rule's code for its message, a label's name):
translators know its form (key: {en, bg}). Messages (`say`) take the language chosen by
`language(...)`, so that the loader, the rules and the planner speak one language; output
passes its language (`label`). A counted term (key `..._n`) holds `one|many`. Field
names, ids, months and data values stay as the data writes them.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from pathlib import Path
from typing import Any

LANGUAGES = ("en", "bg")
_language: ContextVar[str] = ContextVar("roadmap_language", default="en")

TEXTS: dict[str, dict[str, str]] = json.loads(
    Path(__file__).with_name("texts.json").read_text(encoding="utf-8")
)
"""Each text by key, in each language: `TEXTS["T301"]["bg"]`."""

DASH = "—"
"""What a cell shows when there is no value."""


def environment_language() -> str:
    """The language the environment asks for: bg when LC_ALL, LC_MESSAGES or LANG (the
    first that is set) names Bulgarian, else en."""
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        if value := os.environ.get(name):
            return "bg" if value.lower().startswith("bg") else "en"
    return "en"


def speak(code: str) -> None:
    """Give the messages made from now on in `code` (en or bg), until the enclosing
    `language(...)` block ends."""
    _language.set(code if code in LANGUAGES else "en")


@contextmanager
def language(code: str) -> Iterator[None]:
    """Give the messages made inside the block in `code` (en or bg)."""
    token = _language.set(code if code in LANGUAGES else "en")
    try:
        yield
    finally:
        _language.reset(token)


def current() -> str:
    """The language messages are being given in now."""
    return _language.get()


def say(key: str, /, **values: Any) -> str:
    """The text `key` in the current language, filled in."""
    return TEXTS[key][_language.get()].format(**values)


def label(key: str, lang: str) -> str:
    """The text `key` in `lang`; a key that is missing is a bug and raises KeyError."""
    return TEXTS[key]["bg" if lang == "bg" else "en"]


def labels(lang: str) -> dict[str, str]:
    """Every text in `lang`, for templates: `labels.summary`. A template that names a
    label missing here fails (StrictUndefined) rather than print an empty string."""
    return {key: label(key, lang) for key in TEXTS}


def item_name(kind: str) -> str:
    """The name of one item of the list `kind`: `action` for actions, `цел` for goals."""
    return say(f"item.{kind}") if f"item.{kind}" in TEXTS else kind


def series(items: list[str], conjunction: str = "and") -> str:
    """`A01, A02 and A03` (or with `or`), in the language of the run; one item as it is."""
    if len(items) <= 1:
        return "".join(items)
    return say(conjunction, head=", ".join(items[:-1]), last=items[-1])


def noun(count: int, term: str, lang: str = "en") -> str:
    """The form of `term` after the number `count`: `month`, `months`; `месец`, `месеца`."""
    one, many = label(f"{term}_n", lang).split("|")
    return one if count == 1 else many


def counted(count: int, term: str, lang: str = "en") -> str:
    """`1 month`, `6 months`, `6 месеца`: the number and the term's form for it."""
    return f"{format_int(count, lang)} {noun(count, term, lang)}"


def months(count: int) -> str:
    """A number of months in a message: `1 month`, `6 months`, `6 мес.`."""
    return counted(count, "mo", _language.get())


def format_int(value: int, lang: str = "en") -> str:
    """An integer with its thousands grouped: "1,250,000" or "1 250 000"."""
    grouped = f"{value:,}"
    return grouped.replace(",", " ") if lang == "bg" else grouped


def format_number(value: float, lang: str = "en") -> str:
    """A number with at most two decimals, trailing zeros dropped: "12.5" or "12,5"."""
    text = f"{value:,.2f}".rstrip("0").rstrip(".")
    if text == "-0":
        text = "0"
    if lang == "bg":
        text = text.replace(",", " ").replace(".", ",")
    return text


def money(value: int, lang: str = "en") -> str:
    """Euros, the one way each language writes them: "€1,250,000" and "-€5,000", or
    "1 250 000 €" and "-5 000 €"."""
    if lang == "bg":
        return f"{format_int(value, lang)} €"
    return f"{'-' * (value < 0)}€{format_int(abs(value), lang)}"


def percent(fraction: float | None, lang: str = "en") -> str:
    """A share as a whole percentage, "45%", or a dash for no value."""
    return DASH if fraction is None else f"{format_int(round(fraction * 100), lang)}%"


def month_short(index: int, lang: str) -> str:
    """A month index as "Mar 2021" or "мар 2021"."""
    year, month0 = divmod(index, 12)
    return f"{label('months_short', lang).split()[month0]} {year}"


def month_span(first: int, last: int, lang: str) -> str:
    """A run of months, both inclusive: "Jan 2021 – Dec 2021", or one month."""
    if first == last:
        return month_short(first, lang)
    return f"{month_short(first, lang)} – {month_short(last, lang)}"


def quarter_label(index: int, lang: str) -> str:
    """The quarter a month index falls in: "Q2", or "Т2" (тримесечие) in Bulgarian."""
    return f"{'Т' if lang == 'bg' else 'Q'}{index % 12 // 3 + 1}"


def unit(text: str, lang: str) -> str:
    """A KPI's unit in `lang`: "count" is "брой" in Bulgarian; symbols (%, MWh) stay."""
    return label(f"unit.{text}", lang) if f"unit.{text}" in TEXTS else text
