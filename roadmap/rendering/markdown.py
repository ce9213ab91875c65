"""Escaping for Markdown, so that user text shows as text on GitHub and GitLab."""

from __future__ import annotations

import re

_SPECIAL = re.compile(r"([\\`*_\[\]|#~$])")
_WHITESPACE = re.compile(r"\s+")


def escape_markdown(text: str) -> str:
    """`text` as literal Markdown text, safe in a paragraph, a heading or a table cell.

    Punctuation that Markdown (or GitHub's math and tables) reads as syntax gets a
    backslash; `&`, `<` and `>` become entities so that no HTML gets through; line breaks
    become spaces so that a table row stays one row.
    """
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    text = _WHITESPACE.sub(" ", text).strip()
    return _SPECIAL.sub(r"\\\1", text)
