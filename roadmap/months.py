"""Month arithmetic. The strategy works at month granularity, written `YYYY-MM`.

A month is handled as an index: `year * 12 + (month - 1)`. Offsets within a plan are
differences of indices.

An action that starts in month `s` and lasts `d` months is active in months `s` to
`s + d - 1`; its finish is `s + d`, the first month after it (as `roadmap plan` prints it).
A deadline names the last month the action may be active in, so the action meets its
deadline when `finish <= deadline + 1`, and it stays within the horizon when
`finish <= horizon end + 1`.
"""

from __future__ import annotations

import re

MONTH_PATTERN = r"^[0-9]{4}-(0[1-9]|1[0-2])$"
_MONTH_RE = re.compile(MONTH_PATTERN)


def is_month(text: str) -> bool:
    """True when `text` is a valid `YYYY-MM` month."""
    return bool(_MONTH_RE.match(text))


def parse_month(text: str) -> int:
    """The index of a `YYYY-MM` month. The caller has validated the text."""
    year, month = text.split("-")
    return int(year) * 12 + int(month) - 1


def finish_month(start: int, duration: int) -> int:
    """The finish of an action: the first month after its last active month."""
    return start + duration


def meets(finish: int, last_allowed: int) -> bool:
    """True when an action finishing at `finish` is over by the end of `last_allowed`."""
    return finish <= last_allowed + 1


def format_month(index: int) -> str:
    """The `YYYY-MM` text of a month index."""
    year, month0 = divmod(index, 12)
    return f"{year:04d}-{month0 + 1:02d}"


def month_year(index: int) -> int:
    """The calendar year a month index falls in."""
    return index // 12
