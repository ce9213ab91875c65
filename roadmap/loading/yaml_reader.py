"""Read one YAML file into plain Python values and a table of their positions.

Two parsers give the same values and the same positions:

- `fast` (roadmap.loading.fast_yaml, with roadmap.loading.fast_lines in front of it)
  reads the subset of YAML that data files are written in, two to three times faster
  on large files, and gives up on anything else;
- `pyyaml` (roadmap.loading.pyyaml_path) parses with PyYAML and is the reference: it
  reads all of YAML and produces every diagnostic. A clean file is built from the
  parser's events (roadmap.loading.pyyaml_events), anything else from the node tree.

`pyyaml` is the default. `ROADMAP_YAML_PARSER=auto` opts in to the faster reader: it
tries `fast` and falls back to `pyyaml` whenever `fast` gives up, so diagnostics always
come from the reference path.

Either way a clean file needs no positions, so none are worked out while reading. When
a diagnostic needs a line, the item it points into is parsed alone, or else the whole
table is worked out, with the fast parser where it answers (its positions equal the
reference's) and with PyYAML where it does not.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from typing import Any, Literal

from roadmap.diagnostics import Diagnostic, Severity
from roadmap.loading.item_positions import ItemIndex
from roadmap.loading.positions import PositionTable

Parser = Literal["auto", "pyyaml", "fast"]
PARSERS: tuple[Parser, ...] = ("auto", "pyyaml", "fast")
MAX_DEPTH = 200
ITEM_LOOKUPS = 200


class Document:
    """One file: its values and where each of them is, both worked out at most once.

    A Document read by the fast parser keeps its text and works out the positions only
    when a diagnostic asks for a line. One served from the cache first asks its
    `positions_source` (the cache), and works out its values only if something asks
    for them (the validated model came from the cache).
    """

    __slots__ = (
        "_data",
        "_items",
        "_parsed",
        "_positions",
        "path",
        "positions_source",
        "positions_worked_out",
        "problems",
        "text",
    )

    def __init__(
        self,
        path: str,
        data: Any = None,
        positions: PositionTable | None = None,
        problems: list[Diagnostic] | None = None,
        *,
        text: str | None = None,
        parsed: bool = True,
    ) -> None:
        self.path = path
        self._data = data
        self._positions = positions
        self.problems = problems if problems is not None else []
        self.text = text
        self._parsed = parsed
        self.positions_source: Callable[[], PositionTable | None] | None = None
        self.positions_worked_out = False
        self._items: ItemIndex | None = None

    @property
    def data(self) -> Any:
        """The file's values (None when the file did not parse)."""
        if not self._parsed and self.text is not None:
            self._data = parse_values(self.text)
            self._parsed = True
        return self._data

    @property
    def positions(self) -> PositionTable | None:
        """The position table, worked out from the text on first use."""
        if self._positions is None and self.positions_source is not None:
            self._positions = self.positions_source()
        if self._positions is None and self.text is not None:
            self._positions = parse_positions(self.text)
            self.positions_worked_out = True
        return self._positions

    def locate(self, loc: tuple[Any, ...], *, key: bool = False) -> tuple[int, int]:
        """The 1-based line and column of the node at `loc`, or of its nearest ancestor.

        See PositionTable.locate; a file that did not parse points at its start. Until
        the whole table is known, a place inside one item of a top-level list is found
        by parsing that item alone (roadmap.loading.item_positions), for the first
        ITEM_LOOKUPS places; past them, the whole table is cheaper.
        """
        if self._positions is None and self.text is not None:
            if self._items is None:
                self._items = ItemIndex(self.text)
            if self._items.lookups < ITEM_LOOKUPS:
                found = self._items.locate(loc, key=key)
                if found is not None:
                    return found
        table = self.positions
        if table is None:
            return (1, 1)
        return table.locate(loc, key=key)


def parse_values(text: str) -> Any:
    """The values of a text known to parse cleanly (it did before)."""
    from roadmap.loading import fast_yaml  # noqa: PLC0415

    try:
        data, _ = fast_yaml.parse(text, positions=False)
    except fast_yaml.OutsideSubsetError:
        return _read_with_pyyaml("", text).data
    return data


def parse_positions(text: str) -> PositionTable | None:
    """The position table of a text known to parse cleanly (it did before)."""
    from roadmap.loading import fast_yaml  # noqa: PLC0415

    try:
        _, table = fast_yaml.parse(text, positions=True)
    except fast_yaml.OutsideSubsetError:
        return _read_with_pyyaml("", text, positions=True).positions
    return table


def default_parser() -> Parser:
    """The parser chosen by $ROADMAP_YAML_PARSER; PyYAML, the reference, when unset."""
    chosen = os.environ.get("ROADMAP_YAML_PARSER", "pyyaml")
    for name in PARSERS:
        if chosen == name:
            return name
    return "pyyaml"


def read_text(path: str, raw: bytes, parser: Parser | None = None) -> Document:
    """Parse YAML bytes (already read from `path`) into a Document.

    Problems are returned inside the Document as diagnostics; nothing is raised, except
    that `parser="fast"` raises fast_yaml.OutsideSubsetError where it would fall back.
    """
    text, problem = _decode(path, raw)
    if problem is not None:
        return Document(path, None, None, [problem])
    if "\x00" in text:
        line, col = _offset_position(text, text.index("\x00"))
        message = "the file holds a NUL byte; is it a binary file? Save it as UTF-8 text"
        return Document(path, None, None, [_diag(path, line, col, "Y003", message)])
    chosen = parser or default_parser()
    if chosen != "pyyaml":
        from roadmap.loading import fast_yaml, split_parse  # noqa: PLC0415

        try:
            data = split_parse.parsed(text, fast_yaml.plain_values)
        except fast_yaml.OutsideSubsetError:
            if chosen == "fast":
                raise
        else:
            return Document(path, data, text=text)
    return _read_with_pyyaml(path, text)


def _read_with_pyyaml(path: str, text: str, *, positions: bool = False) -> Document:
    """Values from PyYAML's node tree; positions too only when asked, since a clean file
    never needs them and a diagnostic inside an item needs only that item's. Without
    positions, a plain file is built from the parser's events, without a tree."""
    import yaml  # noqa: PLC0415

    from roadmap.loading import pyyaml_events, pyyaml_path  # noqa: PLC0415

    if not positions:
        try:
            return Document(path, pyyaml_path.plain_values(text), None, text=text)
        except pyyaml_events.UnusualError:
            pass
    try:
        root = pyyaml_path.compose(text)
    except yaml.MarkedYAMLError as exc:
        return Document(path, None, None, [_syntax_diagnostic(path, text, exc)])
    except yaml.YAMLError as exc:
        return Document(path, None, None, [_diag(path, 1, 1, "Y004", f"YAML syntax error: {exc}")])
    except RecursionError:
        message = f"the YAML is nested deeper than {MAX_DEPTH} levels; flatten it"
        return Document(path, None, None, [_diag(path, 1, 1, "Y004", message)])
    if root is None:
        message = "the file is empty; it must hold a YAML mapping"
        return Document(path, None, None, [_diag(path, 1, 1, "Y008", message)])
    try:
        data, table = pyyaml_path.build(root, text, path, positions=positions)
    except pyyaml_path.YamlError as exc:
        mark = exc.node.start_mark
        found = _diag(path, mark.line + 1, mark.column + 1, exc.code, exc.message)
        return Document(path, None, None, [found])
    return Document(path, data, table, text=None if positions else text)


def _diag(path: str, line: int, column: int, code: str, message: str) -> Diagnostic:
    return Diagnostic(path, line, column, code, Severity.ERROR, message)


def decode(raw: bytes) -> str:
    """The text of bytes that decoded cleanly before (a cached file)."""
    text, _ = _decode("", raw)
    return text


def _decode(path: str, raw: bytes) -> tuple[str, Diagnostic | None]:
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "", _diag(path, 1, 1, "Y002", "the file is UTF-16; save it as UTF-8")
    if raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        before = raw[: exc.start]
        line = before.count(b"\n") + 1
        column = exc.start - (before.rfind(b"\n") + 1) + 1
        bad = raw[exc.start : exc.start + 1].hex()
        return "", _diag(
            path, line, column, "Y002", f"byte 0x{bad} is not UTF-8; save the file as UTF-8"
        )
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text, None


def _offset_position(text: str, offset: int) -> tuple[int, int]:
    before = text[:offset]
    return before.count("\n") + 1, offset - (before.rfind("\n") + 1) + 1


def _syntax_diagnostic(path: str, text: str, exc: Any) -> Diagnostic:
    mark = exc.problem_mark or exc.context_mark
    line, column = (mark.line + 1, mark.column + 1) if mark is not None else (1, 1)
    problem = exc.problem or "invalid YAML"
    if problem.startswith("exceeded maximum nesting depth"):
        # libyaml (bundled with PyYAML 6.0.3 and later) has a nesting limit of its own.
        message = f"the YAML is nested deeper than libyaml allows ({problem}); flatten it"
        return _diag(path, line, column, "Y004", message)
    lines = text.split("\n")
    source_line = lines[line - 1] if 0 < line <= len(lines) else ""
    if "\t" in source_line[: max(column, 1)] or "found character '\\t'" in problem:
        message = "a tab character is not allowed here; indent YAML with spaces"
    else:
        message = f"YAML syntax error: {problem}"
        if exc.context:
            message += f" ({exc.context})"
    return _diag(path, line, column, "Y001", message)
