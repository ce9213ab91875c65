"""The Jinja2 environments: autoescaped HTML, and Markdown with every value escaped.

Only this module imports jinja2, so that commands that do not render never pay for it.
"""

from __future__ import annotations

import base64
import hashlib
import re
from dataclasses import fields
from functools import cache
from importlib.resources import files
from pathlib import Path
from typing import Any, Literal

import jinja2
import markupsafe

from roadmap.rendering.markdown import escape_markdown
from roadmap.views.model import RoadmapView, Verbatim

Format = Literal["md", "html"]
FORMATS: tuple[Format, ...] = ("md", "html")
TEMPLATES = {"md": "roadmap.md.j2", "html": "roadmap.html.j2"}
_BLANK_RUNS = re.compile(r"\n{3,}")


def _markdown_value(value: Any) -> Any:
    """Escape every printed string for Markdown except prepared Mermaid blocks."""
    if isinstance(value, Verbatim):
        return str(value)
    if isinstance(value, str):
        return escape_markdown(value)
    return value


ROOTS: dict[Format, list[str]] = {
    "html": [TEMPLATES["html"], "roadmap.css.j2", "filter.js.j2"],
    "md": [TEMPLATES["md"]],
}
"""The templates each format renders directly; the rest are included by them."""


def _templates_dir() -> Path:
    return Path(str(files("roadmap.templates")))


def source_environment(output: Format) -> tuple[jinja2.Environment, list[str], Path]:
    """The environment of one output format compiling from source, the templates it
    renders directly, and the directory of the sources."""
    directory = _templates_dir()
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(directory)),
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        autoescape=output == "html",  # noqa: S701 (Markdown is escaped by finalize)
        finalize=_markdown_value if output == "md" else None,
    )
    return env, ROOTS[output], directory


@cache
def environment(output: Format) -> jinja2.Environment:
    """The environment of one output format."""
    return source_environment(output)[0]


def _inline(name: str) -> tuple[markupsafe.Markup, str]:
    """A static style sheet or script, and its CSP hash source (`sha256-...`)."""
    text = environment("html").get_template(name).render().strip("\n")
    digest = base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode("ascii")
    return markupsafe.Markup(text), f"sha256-{digest}"  # noqa: S704 (our own static file)


def render(view: RoadmapView, output: Format) -> str:
    """The roadmap as Markdown or as one self-contained HTML page."""
    template = environment(output).get_template(TEMPLATES[output])
    values: dict[str, Any] = {f.name: getattr(view, f.name) for f in fields(view)}
    if output == "html":
        values["style"], values["style_hash"] = _inline("roadmap.css.j2")
        values["script"], values["script_hash"] = _inline("filter.js.j2")
    text = template.render(**values)
    return _BLANK_RUNS.sub("\n\n", text).rstrip("\n") + "\n"
