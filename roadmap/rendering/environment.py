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
from typing import Any, Literal

import jinja2
import markupsafe

from roadmap.rendering.markdown import escape_markdown
from roadmap.rendering.template_cache import TemplateCache
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


@cache
def environment(output: Format) -> jinja2.Environment:
    """The environment of one output format; templates come from `roadmap.templates`."""
    loader = jinja2.FileSystemLoader(str(files("roadmap.templates")))
    options: dict[str, Any] = {
        "loader": loader,
        "undefined": jinja2.StrictUndefined,
        "trim_blocks": True,
        "lstrip_blocks": True,
        "keep_trailing_newline": True,
        "autoescape": output == "html",
        "bytecode_cache": TemplateCache(),
    }
    if output == "md":
        options["finalize"] = _markdown_value
    return jinja2.Environment(**options)  # noqa: S701 (Markdown is escaped by finalize)


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
