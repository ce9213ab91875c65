"""Literal (`|`) and folded (`>`) block scalars for the fast parser.

Only the plain forms are read here: a header of `|` or `>` with an optional chomping
indicator (`-` strip, `+` keep) and an optional comment, content lines at one indent,
and, for folded scalars, no more-indented lines. Anything else goes to PyYAML.
"""

from __future__ import annotations

import re

from roadmap.loading.errors import OutsideSubsetError

_HEADER = re.compile(r"([|>])([-+]?)( +#.*| *)$")


def read_block_scalar(lines: list[str], number: int, col: int, indent: int) -> tuple[str, int]:
    """The value of the block scalar whose header is at (`number`, `col`).

    `indent` is the indent of the block that holds it; its content must be deeper.
    Returns the value and the number of the first line after the scalar.
    """
    header = _HEADER.match(lines[number], col)
    if header is None:
        raise OutsideSubsetError("block scalar header")
    style, chomping = header.group(1), header.group(2)
    body: list[str] = []
    content_indent = -1
    end = number + 1
    while end < len(lines):
        line = lines[end]
        stripped = line.lstrip(" ")
        spaces = len(line) - len(stripped)
        if not stripped:
            if content_indent >= 0 and spaces > content_indent:
                raise OutsideSubsetError("spaces in an empty block scalar line")
            body.append("")
            end += 1
            continue
        if content_indent < 0:
            if spaces <= indent:
                break
            if any(len(lines[n]) > spaces for n in range(number + 1, end)):
                raise OutsideSubsetError("leading empty lines deeper than the content")
            content_indent = spaces
        if spaces < content_indent:
            break
        if spaces > content_indent and style == ">":
            raise OutsideSubsetError("more-indented line in a folded scalar")
        body.append(line[content_indent:])
        end += 1
    if content_indent < 0:
        raise OutsideSubsetError("empty block scalar")
    if end == len(lines) and chomping != "-":
        raise OutsideSubsetError("block scalar at the end of the file")
    trailing = 0
    while body and body[-1] == "":
        body.pop()
        trailing += 1
    text = "\n".join(body) if style == "|" else _fold(body)
    if chomping == "-":
        return text, end
    if chomping == "+":
        return text + "\n" * (trailing + 1), end
    return text + "\n", end


def _fold(body: list[str]) -> str:
    """Join lines with a space, and a run of n empty lines into n line breaks."""
    parts: list[str] = []
    breaks = 0
    for line in body:
        if line == "":
            breaks += 1
            continue
        if parts:
            parts.append("\n" * breaks if breaks else " ")
        elif breaks:
            parts.append("\n" * breaks)
        parts.append(line)
        breaks = 0
    return "".join(parts)
