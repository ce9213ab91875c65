"""A large file's list of items parsed in two processes at once.

A data file is nearly all one top-level list (`actions:` and then thousands of items),
and parsing it is the largest part of a cold check: about 0.8 s of the 10,000-action
file here. When the file is large and this process may use a second processor (on
Linux), the text is cut in two at an item of that list, and a forked child parses the
second half while this process parses the first; the child sends its values back with
`marshal`. Each half is a document of its own: the lines before the list (the
`actions:` line, comments, other keys), then its share of the items.

The two halves give the values the whole text gives, or one of them fails and the
caller parses the whole text as before:

- The cut is at a line that starts an item of the list, the one nearest the middle of
  the lines before the next line at the left edge: exactly the list's indentation,
  then `- `. Such a line ends any block scalar, plain scalar or nested collection of
  the item before it, since each of those must be indented deeper. It cannot end a
  quoted scalar or a flow collection that spans lines: the first half then stops inside
  one, and a stream that ends inside a quote or a bracket is a syntax error.
- The first half must hold the keys of the lines before the list and the list's key
  last, and the second half those keys first: a cut in a later list, under another
  key, fails that test.
- A text with an `&` (an anchor, or the character in a value) is not cut, since an
  anchor in one half and its alias in the other, or aliases counted against the
  alias-bomb bound, need the whole document. Nor is a text with a line break other
  than a newline (YAML also breaks lines at `\r`, U+0085, U+2028 and U+2029, where
  the cut would not look for a line's start), or with a document marker (`---`,
  `...`), after which the halves could be one document where the whole is two.
- A half that cannot be had (no process or pipe left, a child reaped by someone else)
  is a half that failed.

`ROADMAP_YAML_SPLIT=0` turns it off. Standard library only.
"""

from __future__ import annotations

import marshal
import os
import re
from collections.abc import Callable
from typing import Any

__all__ = ["MIN_CHARS", "cut", "enabled", "parsed", "values"]

MIN_CHARS = 1_000_000
"""Texts shorter than this are parsed in one piece: the fork and the transfer would
cost more than half the parse saves."""

_FIRST_ITEM = re.compile(r"^( *)-(?=[ \r\n]|$)", re.MULTILINE)
_UNCUT = ("&", "\r", "\x85", "\u2028", "\u2029", "\n---", "\n...")
"""What keeps a text whole: an anchor (or the character), a line break other than a
newline, which the cut would not see, or what may be a document marker."""
_TOP_LEVEL = re.compile(r"^[^\s#]", re.MULTILINE)
_TOP_LEVEL_NOT_ITEM = re.compile(r"^[^\s#-]", re.MULTILINE)
_LIST_KEY = re.compile(r"([A-Za-z_][A-Za-z0-9_-]*):[ \t]*(?:#.*)?")


def enabled() -> bool:
    """Whether this process may fork a second parser: on Linux (where it was measured;
    elsewhere a fork can be unsafe or missing), with two processors or more for it, and
    $ROADMAP_YAML_SPLIT not 0."""
    affinity = getattr(os, "sched_getaffinity", None)
    if os.environ.get("ROADMAP_YAML_SPLIT") == "0" or affinity is None:
        return False
    return hasattr(os, "fork") and len(affinity(0)) >= 2


def cut(text: str) -> tuple[str, str, str] | None:
    """The two halves of `text` and the key of the list cut between them, or None when
    the text has no top-level list whose items can be cut this way."""
    first = _FIRST_ITEM.search(text)
    if first is None:
        return None
    start = first.start()
    key = _list_key(text[:start])
    if key is None:
        return None
    indent = len(first.group(1))
    item = re.compile(rf"^ {{{indent}}}-(?=[ \r\n]|$)", re.MULTILINE)
    # The list ends at most at the next line that starts at the left edge (other than
    # a comment, or an item of a list there).
    after = (_TOP_LEVEL if indent else _TOP_LEVEL_NOT_ITEM).search(text, start + 1)
    end = after.start() if after is not None else len(text)
    half = (start + end) // 2
    middle = min(
        item.finditer(text, start + 1, end), key=lambda m: abs(m.start() - half), default=None
    )
    if middle is None:
        return None
    head = text[:start]
    return head + text[start : middle.start()], head + text[middle.start() :], key


def _list_key(head: str) -> str | None:
    """The key on the last line of `head` that holds more than a comment, when that line
    is a plain top-level key with nothing after it."""
    for line in reversed(head.splitlines()):
        stripped = line.strip()
        if not stripped or stripped.startswith("#"):
            continue
        match = _LIST_KEY.fullmatch(line.rstrip())
        return match.group(1) if match else None
    return None


def parsed(text: str, parse: Callable[[str], Any]) -> Any:
    """What `parse` gives for `text`: from two halves at once where they answer, else
    from the whole text (and then whatever it raises)."""
    found = values(text, parse)
    return found if found is not None else parse(text)


def values(text: str, parse: Callable[[str], Any]) -> Any | None:
    """The values of `text`, parsed by `parse` in two processes, or None when the text
    is not cut or a half fails (the caller then parses it whole). `parse` raises on a
    text it does not answer for."""
    if len(text) < MIN_CHARS or _kept_whole(text) or not enabled():
        return None
    halves = cut(text)
    if halves is None:
        return None
    first_text, second_text, key = halves
    try:
        child, reader = _fork_parse(second_text, parse)
    except OSError:  # no process or pipe to be had: the caller parses the text whole
        return None
    answered = False
    try:
        first = parse(first_text)
        with os.fdopen(reader, "rb", closefd=False) as pipe:
            blob = pipe.read()
        answered = True
    except Exception:
        return None
    finally:
        os.close(reader)
        if not answered:
            _kill(child)
        status = _reaped(child)
    if status != 0 or not blob.startswith(b"v"):
        return None
    # The bytes come from this process's own child, over a pipe only the two hold.
    return joined(first, marshal.loads(blob[1:]), key)  # noqa: S302


def _kept_whole(text: str) -> bool:
    """Whether the text holds something that keeps it from being cut (a search for each
    is a few milliseconds on 4 MB, where one regular expression for all took 0.1 s)."""
    return text.startswith(("---", "...")) or any(mark in text for mark in _UNCUT)


def joined(first: Any, second: Any, key: str) -> Any | None:
    """The values of the whole text from those of its two halves, or None when the
    halves do not fit together as the cut assumes."""
    if type(first) is not dict or type(second) is not dict:
        return None
    keys = list(first)
    if not keys or keys[-1] != key or list(second)[: len(keys)] != keys:
        return None
    if type(first[key]) is not list or type(second[key]) is not list:
        return None
    if any(first[k] != second[k] for k in keys[:-1]):
        return None
    second[key] = first[key] + second[key]
    return second


def _fork_parse(text: str, parse: Callable[[str], Any]) -> tuple[int, int]:
    """A child process that parses `text` and writes `v` and the marshalled values, or
    `x` when `parse` raised, to the pipe whose reading end is returned with its id."""
    reader, writer = os.pipe()
    try:
        child = os.fork()
    except OSError:
        os.close(reader)
        os.close(writer)
        raise
    if child == 0:  # pragma: no cover (runs in the child, which coverage does not see)
        status = 1
        try:
            os.close(reader)
            try:
                blob = b"v" + marshal.dumps(parse(text))
            except Exception:
                blob = b"x"
            with os.fdopen(writer, "wb") as pipe:
                pipe.write(blob)
            status = 0
        finally:
            os._exit(status)
    os.close(writer)
    return child, reader


def _kill(child: int) -> None:
    """End a child whose answer is no longer wanted; until the caller reaps it, it
    exists, so the signal always finds it."""
    import signal  # noqa: PLC0415

    os.kill(child, signal.SIGKILL)


def _reaped(child: int) -> int:
    """The exit status of the child once it has ended, or -1 when something else
    reaped it (SIGCHLD ignored, say)."""
    try:
        return os.waitpid(child, 0)[1]
    except ChildProcessError:
        return -1
