"""The one YAML reader: plain values and the position of every node, in one pass over
PyYAML's event stream (libyaml's C parser where the extension is built).

The values are built as the events arrive and, beside them, a table from each mapping's
and list's path (`("actions", 3)`) to the line and column of each child and of its key.
PyYAML's constructors are not used, because here:

- a duplicate mapping key is an error (Y005); PyYAML keeps the last one;
- only the core tags are allowed (Y006), and plain scalars follow the YAML 1.2 core
  schema (roadmap.io.scalars);
- an alias gives the anchored value itself, never a copy, and aliases are bounded (Y007):
  a value may not contain itself, and a document whose aliases add more than
  MAX_EXPANDED_NODES values is an alias bomb;
- nesting is bounded (Y004), a collection as a key or a `<<` of anything but mappings
  is an error (Y009), and so is a number too large to hold (Y010).

A file gives at most one diagnostic: a syntax error wherever it is (Y001), else an alias
error, else the first other problem in the order of the text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

import yaml

from roadmap.diagnostics import Diagnostic, Severity
from roadmap.io import scalars
from roadmap.io.document import Document, Path
from roadmap.io.scalars import MERGE
from roadmap.texts import current, format_int, say

MAX_DEPTH = 200
MAX_EXPANDED_NODES = 2_000_000
"""How many values aliases may add to a document, beyond its own nodes."""

Problem = tuple[str, str, int, int]
"""Code, message, line and column."""

_LOADER: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_NO_KEY = object()
"""The pending key of a mapping whose next node is a key."""
_MEMO = 64
"""Plain scalars up to this length are resolved once; longer ones rarely repeat."""


def read_yaml(path: str, text: str) -> Document:
    """Parse `text` (the decoded file at `path`); problems are diagnostics in the result."""
    reader = Reader(Document(path))
    try:
        problem = reader.read(text)
    except yaml.MarkedYAMLError as exc:
        problem = _syntax_problem(text, exc)
    except yaml.YAMLError as exc:
        problem = ("Y004", say("yaml", problem=exc), 1, 1)
    if problem is None:
        return reader.doc
    code, message, line, column = problem
    return Document(path, problems=[Diagnostic(path, line, column, code, Severity.ERROR, message)])


def _syntax_problem(text: str, exc: yaml.MarkedYAMLError) -> Problem:
    mark = exc.problem_mark or exc.context_mark
    line, column = (mark.line + 1, mark.column + 1) if mark is not None else (1, 1)
    problem = exc.problem or "invalid YAML"
    if problem.startswith("exceeded maximum nesting depth"):
        # libyaml (bundled with PyYAML 6.0.3 and later) has a nesting limit of its own.
        return ("Y004", say("Y004.libyaml", problem=problem), line, column)
    lines = text.split("\n")
    source_line = lines[line - 1] if 0 < line <= len(lines) else ""
    if "\t" in source_line[: max(column, 1)] or "found character '\\t'" in problem:
        return ("Y001", say("tab"), line, column)
    if "mapping values are not allowed" in problem:  # a colon and a space inside a value
        match = re.match(r"\s*(?:-\s+)?([^:#\s][^:#]*?):\s+(.*\S)\s*$", source_line)
        if match and ": " in match.group(2):
            value = match.group(2).replace('"', '\\"')
            return ("Y001", say("quote", name=match.group(1), value=value), line, column)
    if exc.context:
        problem += f" ({exc.context})"
    return ("Y001", say("yaml", problem=problem), line, column)


class _StopError(Exception):
    """A problem (the one argument) that ends the reading at once, as a syntax error does."""


@dataclass(slots=True)
class _Open:
    """A mapping or sequence whose end has not come yet. `key` is the key waiting for
    its value, _NO_KEY or MERGE (None in a list); `merge` the mapping it is merged into
    (it is the value of a `<<`); `start` how many values the document had, aliases
    expanded, when it began; `merged` what `<<` brought in (own keys win at the end);
    `height` how much deeper than itself its deepest value is."""

    value: Any
    positions: Any
    path: Path
    at: tuple[int, int]
    depth: int
    anchor: str | None
    merge: _Open | None
    key: Any
    start: int
    key_at: tuple[int, int] = (0, 0)
    merged: dict[Any, Any] | None = None
    height: int = 0


@dataclass(slots=True)
class _Anchor:
    """An anchored node, for the aliases to it."""

    value: Any
    path: Path
    line: int
    column: int
    key: Any = None
    """The scalar as a mapping key (None for a collection, which cannot be one)."""
    size: int = 1
    height: int = 0
    done: bool = True


class Reader:
    """One pass over the events of a text (see `read`)."""

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.problem: Problem | None = None
        """The first problem met other than a syntax or alias error."""
        self.self_reference: tuple[int, int] | None = None
        self.large: list[tuple[int, int, int]] = []
        """Size, line and column of each collection larger than MAX_EXPANDED_NODES."""
        self.nodes = self.expanded = 0
        """How many nodes were met, and how many values aliases added to them."""
        self.anchors: dict[str, _Anchor] = {}
        self.plain: dict[str, Any] = {}
        """Short plain scalars met before -> their values (and in `keys`, as keys)."""
        self.keys: dict[str, Any] = {}
        self.stack: list[_Open] = []
        self.top: _Open | None = None
        self.document: Any = None
        """The start of the document, once it began."""

    def read(self, text: str) -> Problem | None:
        """Build the values and positions of the one document in `text` and return its
        problem, if any; raises PyYAML's errors."""
        loader = _LOADER(text)
        try:
            self._events(loader.get_event)
        except _StopError as stop:
            problem: Problem = stop.args[0]
            return problem
        finally:
            loader.dispose()
        if self.doc.root is None:
            return ("Y008", say("Y008"), 1, 1)
        if self.self_reference is not None:
            return ("Y007", say("Y007.self"), *self.self_reference)
        limit = MAX_EXPANDED_NODES + self.nodes
        bombs = [(line, column) for size, line, column in self.large if size > limit]
        if bombs:
            message = say("Y007.bomb", limit=format_int(MAX_EXPANDED_NODES, current()))
            return ("Y007", message, *bombs[0])
        return self.problem

    def _events(self, get: Any) -> None:
        """Read every event. A plain scalar inside a plain collection takes the short
        way; anything else (an anchor, an alias, a tag, a merge, a collection, a key that
        is not a short plain scalar met before) goes through `_node`."""
        scalar, ends = yaml.ScalarEvent, (yaml.MappingEndEvent, yaml.SequenceEndEvent)
        plain, keys, stack = self.plain, self.keys, self.stack
        top: _Open | None = None
        while True:
            event = get()
            kind = type(event)
            if kind is scalar and top is not None and event.anchor is None and event.tag is None:
                key = top.key
                mark = event.start_mark
                if key is _NO_KEY:
                    key = keys.get(event.value) if event.implicit[0] else event.value
                    if key is not None and key not in top.value:
                        top.key, top.key_at = key, (mark.line + 1, mark.column + 1)
                        self.nodes += 1
                        continue
                elif key is not MERGE and top.merge is None and top.depth < MAX_DEPTH:
                    text = event.value
                    value = plain.get(text, _NO_KEY) if event.implicit[0] else text
                    if value is not _NO_KEY:
                        if key is None:
                            top.value.append(value)
                            top.positions.append((mark.line + 1, mark.column + 1, 0, 0))
                        else:
                            top.value[key] = value
                            top.positions[key] = (mark.line + 1, mark.column + 1, *top.key_at)
                            top.key = _NO_KEY
                        self.nodes += 1
                        continue
            if kind in ends:
                assert top is not None
                done, top = top, stack.pop() if stack else None
                self._end(done, top)
            elif kind is yaml.StreamEndEvent:
                return
            elif kind is yaml.DocumentStartEvent:
                if self.document is not None:  # a second document
                    line, column = event.start_mark.line + 1, event.start_mark.column + 1
                    raise _StopError(("Y001", say("Y001.documents"), line, column))
                self.document = event.start_mark
            elif kind is not yaml.StreamStartEvent and kind is not yaml.DocumentEndEvent:
                self.top = top
                self._node(event, kind)
                top = self.top

    def _node(self, event: Any, kind: type) -> None:
        """A scalar, an alias or the start of a collection, as a key or as a value."""
        top = self.top
        mark = event.start_mark
        line, column = mark.line + 1, mark.column + 1
        anchor, tag, target = event.anchor, None, None
        if kind is yaml.AliasEvent:
            target = self._target(anchor, mark)
            anchor, line, column = None, target.line, target.column
        else:
            tag = event.tag
            self.nodes += 1
            if anchor is not None and anchor in self.anchors:
                message = say("Y001.anchor", name=anchor, first=self.anchors[anchor].line)
                raise _StopError(("Y001", message, line, column))
        scalar, mapping = kind is yaml.ScalarEvent, kind is yaml.MappingStartEvent
        if top is not None and top.key is _NO_KEY:
            if scalar or target is not None:
                self._key(top, event, target, line, column)
                return
            self._key(top, None, None, line, column)  # a collection: refused (Y009)
        merging = top is not None and (
            top.key is MERGE or (top.key is None and top.merge is not None)
        )
        depth = top.depth + 1 if top is not None else 0
        height = target.height if target is not None else 0
        if merging and target is not None and type(target.value) is list:
            height -= 1  # a list after `<<` is not a level: its mappings are merged
        if depth + height > MAX_DEPTH and (height > 0 or not merging):
            self._fail("Y004", say("Y004", depth=MAX_DEPTH), line, column)
        value: Any
        if target is not None:
            value = target.value
        elif scalar:
            text = event.value
            implicit = event.implicit[0]
            value = text if merging else self._resolve(tag, text, line, column, implicit)
        else:
            value = {} if mapping else []
            expected = scalars.CORE + ("map" if mapping else "seq")
            if tag is not None and tag not in ("!", expected) and not merging:
                self._fail("Y006", scalars.tag_message(tag), line, column)
        into, path = None, ()
        if top is None:
            self.doc.data, self.doc.root = value, (line, column, 0, 0)
        elif top.key is None:
            path = (*top.path, len(top.value))
            top.value.append(value)
            top.positions.append((line, column, 0, 0))
            if top.merge is not None and type(value) is not dict:
                self._fail("Y009", say("Y009.merge"), line, column)
        else:
            if top.key is MERGE:
                child, into = ("<<", *top.key_at), top
            else:
                child = top.key
                top.value[child] = value
            top.positions[child] = (line, column, *top.key_at)
            path, top.key = (*top.path, child), _NO_KEY
        if target is not None:
            self.doc.aliases[path] = target.path
            if top is not None:
                top.height = max(top.height, _height(value, target.height, into))
            if into is not None:
                self._merge(into, value, target.path, (line, column))
        elif scalar:
            if anchor is not None:
                key = scalars.key_of(event, value)
                self.anchors[anchor] = _Anchor(value, path, line, column, key)
            if into is not None:
                self._merge(into, value, path, (line, column))
        else:
            if anchor is not None:
                self.anchors[anchor] = _Anchor(value, path, line, column, done=False)
            if top is not None:
                self.stack.append(top)
            # The mappings in a list after `<<` count one level less deep, as sources.
            depth -= into is not None and not mapping
            positions = self.doc.positions[path] = {} if mapping else []
            key = _NO_KEY if mapping else None
            start = self.nodes + self.expanded
            self.top = _Open(
                value, positions, path, (line, column), depth, anchor, into, key, start
            )

    def _target(self, name: str, mark: Any) -> _Anchor:
        """The anchor an alias names; a syntax error if there is none."""
        target = self.anchors.get(name)
        if target is None:
            raise yaml.composer.ComposerError(None, None, "found undefined alias", mark)
        if not target.done and self.self_reference is None:
            self.self_reference = (target.line, target.column)
        self.expanded += target.size
        return target

    def _end(self, done: _Open, top: _Open | None) -> None:
        """The end of the collection `done`, inside `top`."""
        if done.merged is not None:
            for key, value in done.merged.items():
                done.value.setdefault(key, value)
        height = done.height or int(bool(done.value))
        size = self.nodes + self.expanded - done.start + 1
        if top is not None:
            top.height = max(top.height, _height(done.value, height, done.merge))
        if size > MAX_EXPANDED_NODES:
            self.large.append((size, *done.at))
        if done.anchor is not None:
            anchor = self.anchors[done.anchor]
            anchor.size, anchor.height, anchor.done = size, height, True
        if done.merge is not None:
            self._merge(done.merge, done.value, done.path, done.at)

    def _key(self, top: _Open, event: Any, target: _Anchor | None, line: int, column: int) -> None:
        """Take a scalar (or an alias of one) as the pending key of the mapping `top`; a
        collection (no `event`, or an alias of one) cannot be a key."""
        if target is not None:
            key = target.key
        elif event is None:
            key = None
        elif scalars.merges(event):
            key = MERGE
        else:
            value = self._resolve(event.tag, event.value, line, column, event.implicit[0])
            key = scalars.key_of(event, value)
            if event.implicit[0] and event.tag is None and len(event.value) <= _MEMO:
                self.keys[event.value] = key
            if event.anchor is not None:
                self.anchors[event.anchor] = _Anchor(value, (), line, column, key)
        if key is None:
            self._fail("Y009", say("Y009.key"), line, column)
            key = object()
        elif key is not MERGE and key in top.value:
            first = top.positions[key][2]
            self._fail("Y005", say("Y005", key=key, first=first), line, column)
        top.key, top.key_at = key, (line, column)

    def _merge(self, into: _Open, value: Any, path: Path, at: tuple[int, int]) -> None:
        """Merge the mapping at `path` (`at` in the text), or each mapping of the list
        there, into the mapping `into`."""
        merges = self.doc.merges.setdefault(into.path, [])
        merged = into.merged = into.merged if into.merged is not None else {}
        for k, source in enumerate(value) if type(value) is list else [(None, value)]:
            if type(source) is not dict:
                items = self.doc.positions.get(path, ())  # (a dict after a duplicate key)
                listed = k is not None and type(items) is list and k < len(items)
                line, column = items[k][:2] if listed else at
                self._fail("Y009", say("Y009.merge"), line, column)
                return
            source_path = path if k is None else (*path, k)
            merges.append(self.doc.aliases.get(source_path, source_path))
            for key, item in source.items():
                merged.setdefault(key, item)

    def _resolve(self, tag: str | None, text: str, line: int, column: int, plain: bool) -> Any:
        """A scalar's value; None, with the problem kept, when it has none."""
        try:
            if tag is not None and tag != "!":
                return scalars.resolve_tagged(tag, text)
            if not plain:
                return text
            value = self.plain.get(text, _NO_KEY)
            if value is not _NO_KEY:
                return value
            value = scalars.resolve_plain(text)
        except scalars.ScalarError as exc:
            code, message = exc.args
            self._fail(code, message, line, column)
            return None
        if len(text) <= _MEMO:
            self.plain[text] = value
        return value

    def _fail(self, code: str, message: str, line: int, column: int) -> None:
        if self.problem is None:
            self.problem = (code, message, line, column)


def _height(value: Any, height: int, merged_into: _Open | None) -> int:
    """How much deeper than its collection a value of this height reaches; merged in
    with `<<`, a mapping's values count a level deeper, as a list's mappings' do."""
    if merged_into is None or (type(value) is dict and height > 0):
        return height + 1
    return height if type(value) is list and height > 1 else 0
