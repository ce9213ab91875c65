"""The one escaper of text output: nothing from the data reaches a terminal or a CI log raw.

Control and bidirectional characters (so every ANSI or OSC escape) show as `\\x1b` or
`\\u202e`; a line that would start a GitHub workflow command (`::`) gets its first colon
escaped, since only the github format may write one."""

from __future__ import annotations

import re

_CONTROLS = "\x00-\x09\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069"
_UNSAFE = re.compile(f"[{_CONTROLS}\n]")
_UNSAFE_KEEPING_LINES = re.compile(f"[{_CONTROLS}]")
_WORKFLOW_COMMAND = re.compile(r"^( *):(?=:)", re.MULTILINE)


def printable(text: str, *, lines: bool = False) -> str:
    """`text` with every control character escaped; `lines` keeps its newlines, for a
    multi-line block."""
    unsafe = _UNSAFE_KEEPING_LINES if lines else _UNSAFE
    return _WORKFLOW_COMMAND.sub(r"\1\\x3a", unsafe.sub(_escaped, text))


def _escaped(match: re.Match[str]) -> str:
    code = ord(match.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"
