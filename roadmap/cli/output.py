"""Printing for the CLI: colour where the terminal takes it, plain text elsewhere."""

from __future__ import annotations

import sys


def echo(text: str, *, err: bool = False) -> None:
    """Write `text` as it is, without rich markup interpretation."""
    stream = sys.stderr if err else sys.stdout
    stream.write(text)
    stream.flush()


def echo_diagnostics(text: str) -> None:
    """Write a text report, with severities coloured on a terminal."""
    if not sys.stdout.isatty():
        echo(text)
        return
    from rich.console import Console  # noqa: PLC0415
    from rich.text import Text  # noqa: PLC0415

    styled = Text(text)
    styled.highlight_regex(r"\berror [A-Z]\d{3}\b", "bold red")
    styled.highlight_regex(r"\bwarning [A-Z]\d{3}\b", "bold yellow")
    styled.highlight_regex(r"^\S.*\.ya?ml$", "bold")
    Console(highlight=False, soft_wrap=True).print(styled, end="")
