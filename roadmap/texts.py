"""Every message the checks and the planner give, in English and Bulgarian (issue 20).

One table, texts.json, keyed by purpose (a rule's code for its message), and one choice
of language for the messages made inside `language(...)`: the loader, the rules and the
planner's findings all read it, so a run speaks one language. The table is data, in the
form translators know (key: {en, bg}); json reads it at import. Field names, ids, months
and data values (`earliest_start`, A04, 2028-01, in_progress) stay as the data writes
them, and the Bulgarian texts avoid counted nouns ("6 мес.") so that no plural rule is
needed here.
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


def say(key: str, /, **values: Any) -> str:
    """The text `key` in the current language, filled in."""
    return TEXTS[key][_language.get()].format(**values)


def months(count: int) -> str:
    """A number of months: `1 month`, `6 months`, `6 мес.`."""
    return say("n_month" if count == 1 else "n_months", n=count)


def current() -> str:
    """The language messages are being given in now."""
    return _language.get()


def format_int(value: int, lang: str = "en") -> str:
    """An integer with its thousands grouped: "1,250,000" or "1 250 000"."""
    grouped = f"{value:,}"
    return grouped.replace(",", " ") if lang == "bg" else grouped


def money(value: int, lang: str = "en") -> str:
    """Euros, the one way each language writes them: "€1,250,000" and "-€5,000", or
    "1 250 000 €" and "-5 000 €"."""
    if lang == "bg":
        return f"{format_int(value, lang)} €"
    return f"{'-' * (value < 0)}€{format_int(abs(value), lang)}"


def item_name(kind: str) -> str:
    """The name of one item of the list `kind`: `action` for actions, `цел` for goals."""
    return say(f"item.{kind}") if f"item.{kind}" in TEXTS else kind
