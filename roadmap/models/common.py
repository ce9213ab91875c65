"""Value types shared by every data file: bilingual text, ids, months, provenance."""

from typing import Annotated, Any, Literal

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Discriminator,
    Field,
    StringConstraints,
    Tag,
    model_validator,
)

from roadmap.months import MONTH_PATTERN
from roadmap.texts import say

ID_PATTERN = r"^[A-Za-z0-9][A-Za-z0-9_.\-]*$"
MAX_MONEY = 10**12
MAX_MONTHS = 1200

Id = Annotated[str, StringConstraints(pattern=ID_PATTERN, max_length=64)]
FIRST_YEAR, LAST_YEAR = 1900, 2200
"""The years every output supports (dates in JSON, iCalendar, charts); a month outside is
an error."""


def _supported(month: str) -> str:
    if not FIRST_YEAR <= int(month[:4]) <= LAST_YEAR:
        raise ValueError(say("S003.years", month=month, first=FIRST_YEAR, last=LAST_YEAR))
    return month


Month = Annotated[str, StringConstraints(pattern=MONTH_PATTERN), AfterValidator(_supported)]
Money = Annotated[int, Field(ge=0, le=MAX_MONEY)]
Provenance = Literal["sourced", "reconstructed", "assumption"]


class Model(BaseModel):
    """Base of every data model: unknown fields are errors, values never change.
    Validators are built on first use (`defer_build`) so that `--help` does not pay for
    them, and default sub-models are made with `model_construct()` for the same reason."""

    model_config = ConfigDict(extra="forbid", frozen=True, strict=True, defer_build=True)


class LocalizedText(Model):
    """Text in Bulgarian and English; at least one of them."""

    bg: Annotated[str, StringConstraints(min_length=1)] | None = None
    en: Annotated[str, StringConstraints(min_length=1)] | None = None

    @model_validator(mode="after")
    def _one_language_at_least(self) -> "LocalizedText":
        if self.bg is None and self.en is None:
            raise ValueError(say("S003.language"))
        return self


def _text_kind(value: Any) -> str:
    return "plain" if isinstance(value, str) else "localized"


Text = Annotated[
    Annotated[Annotated[str, StringConstraints(min_length=1)], Tag("plain")]
    | Annotated[LocalizedText, Tag("localized")],
    Discriminator(_text_kind),
]


class StatementText(LocalizedText):
    """A statement of the strategy (its name, vision or mission), with where it comes from.

    The same mapping as any bilingual text, plus the `source` and `provenance` that
    goals, KPIs and actions carry, so that a statement can say whether it is the
    strategy's own or rebuilt.
    """

    source: Annotated[str, StringConstraints(min_length=1)] | None = Field(
        default=None,
        description="Where the statement comes from: a document, a page, a section.",
        examples=["The strategy document of May 2020, chapter 4"],
    )
    provenance: Provenance | None = Field(
        default=None,
        description="sourced (taken from a public document), reconstructed (rebuilt from "
        "public facts, wording ours) or assumption (a planning value).",
    )


Statement = Annotated[
    Annotated[Annotated[str, StringConstraints(min_length=1)], Tag("plain")]
    | Annotated[StatementText, Tag("localized")],
    Discriminator(_text_kind),
]
"""A statement: plain text, or `{bg, en, source, provenance}`."""


def text_in(text: str | LocalizedText | None, lang: str) -> str:
    """The text in `lang`, falling back to the other language; "" for no text."""
    if text is None:
        return ""
    if isinstance(text, str):
        return text
    first, second = (text.bg, text.en) if lang == "bg" else (text.en, text.bg)
    return first if first is not None else (second or "")


class Sourced(Model):
    """A record that says where its facts come from."""

    source: Annotated[str, StringConstraints(min_length=1)]
    provenance: Provenance
