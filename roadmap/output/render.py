"""Pages through the Jinja2 templates: the one environment and the one Markdown escaper.

HTML, SVG, CSS and script templates are autoescaped; in Markdown ones every printed
string goes through `escape_markdown`, so user text only ever shows as text; `Verbatim`
marks what is already in the output's syntax."""

from __future__ import annotations

import base64
import hashlib
import re
from functools import cache
from types import SimpleNamespace
from typing import TYPE_CHECKING, Any

from roadmap.texts import format_int

if TYPE_CHECKING:
    import jinja2
    from jinja2.runtime import Context

_SPECIAL = re.compile(r"([\\`*_\[\]|#~$])")
_WHITESPACE = re.compile(r"\s+")
_BLANK_RUNS = re.compile(r"\n{3,}")
AUTOESCAPED = ("html.j2", "svg.j2", "css.j2", "js.j2")

Row = SimpleNamespace
"""A page or a row of one: named values, already formatted, that a template or a rich
table only prints."""


class Verbatim(str):
    """Text already in the output's syntax (a Mermaid block, an SVG chart): never escaped."""

    __slots__ = ()

    def __html__(self) -> str:
        """Tell the HTML autoescape that this is markup already."""
        return str(self)


def escape_markdown(text: str) -> str:
    """`text` as literal Markdown text, safe in a paragraph, a heading or a table cell.

    `&`, `<` and `>` become entities so that no HTML gets through; punctuation that
    Markdown (or GitHub's math and tables) reads as syntax gets a backslash; line breaks
    become spaces so that a table row stays one row.
    """
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return _SPECIAL.sub(r"\\\1", _WHITESPACE.sub(" ", text).strip())


def code(text: str) -> Verbatim:
    """`text` as a Markdown code span, which shows every character as it is."""
    return Verbatim("`" + text.replace("`", "'") + "`")


def _finalize(context: Context, value: Any) -> Any:
    """A printed value of a Markdown template, escaped unless it is Verbatim; the values
    of other templates as they are (HTML's are autoescaped, other formats quote their own)."""
    name = context.name or ""
    if not name.endswith(".md.j2") or isinstance(value, Verbatim) or not isinstance(value, str):
        return value
    return escape_markdown(value)


@cache
def environment() -> jinja2.Environment:
    """The Jinja2 environment of every template shipped with roadmap."""
    from importlib.resources import files  # noqa: PLC0415

    import jinja2  # noqa: PLC0415

    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(files("roadmap.templates"))),
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        autoescape=jinja2.select_autoescape(AUTOESCAPED, default=False),
        finalize=jinja2.pass_context(_finalize),
    )
    env.filters["code"] = code
    env.filters["verbatim"] = Verbatim
    env.filters["n"] = jinja2.pass_context(lambda ctx, n: format_int(n, ctx.get("lang", "en")))
    return env


def _inline(name: str) -> tuple[Verbatim, str]:
    """A static style sheet or script, and its CSP hash source (`sha256-...`)."""
    text = environment().get_template(name).render().strip("\n")
    digest = base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode("ascii")
    return Verbatim(text), f"sha256-{digest}"


def render(template: str, page: Any) -> str:
    """`page` (a Row or a dataclass) through `template`, its fields as the template's variables.

    HTML gets its style sheet and script inline with their hashes for the page's
    Content-Security-Policy. Runs of blank lines are collapsed to one.
    """
    values: dict[str, Any] = dict(vars(page))
    if template == "roadmap.html.j2":
        values["style"], values["style_hash"] = _inline("roadmap.css.j2")
        values["script"], values["script_hash"] = _inline("filter.js.j2")
    text = environment().get_template(template).render(**values)
    return _BLANK_RUNS.sub("\n\n", text).rstrip("\n") + "\n"
