"""Values and positions from PyYAML's events: the one pass behind roadmap.io.yaml.

The reader builds each value as its events arrive and records, beside it, the line and
column of every node and of its key (see roadmap.io.yaml for the rules it keeps).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import yaml

from roadmap.io.document import Document, Path
from roadmap.io.scalars import CORE, ScalarError, resolve_plain, tag_message, tagged

MAX_DEPTH = 200
MAX_EXPANDED_NODES = 2_000_000
"""How many values aliases may add to a document, beyond its own nodes."""

Problem = tuple[str, str, int, int]
"""Code, message, line and column."""

_LOADER: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_NO_KEY = object()
"""The pending key of a mapping whose next node is a key."""
_MERGE = object()
"""The pending key of a mapping whose next value is merged into it (`<<`)."""
_MERGE_ONLY = "'<<' merges mappings only; give a mapping or a list of mappings"
_MEMO = 64
"""Plain scalars up to this length are resolved once; longer ones rarely repeat."""


class _Open:
    """A mapping or sequence whose end has not come yet."""

    __slots__ = (
        "anchor",
        "depth",
        "height",
        "key",
        "key_at",
        "merge",
        "merged",
        "path",
        "size",
        "value",
    )

    def __init__(self, value: Any, path: Path, depth: int, anchor: Any = None) -> None:
        self.value = value
        self.path = path
        self.depth = depth
        self.anchor: str | None = anchor
        self.merge: _Open | None = None
        """The mapping this collection is merged into (it is the value of its `<<`)."""
        self.key: Any = _NO_KEY if type(value) is dict else None
        """In a mapping: the key waiting for its value, _NO_KEY or _MERGE."""
        self.key_at = (0, 0)
        self.merged: dict[Any, Any] | None = None
        """The entries merged in with `<<`, first source first; own keys win at the end."""
        self.size = 1
        """How many values this collection holds, itself and what aliases add included."""
        self.height = 0
        """How much deeper than itself its deepest value is."""


@dataclass(slots=True)
class _Anchor:
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
        self.nodes = 0
        self.anchors: dict[str, _Anchor] = {}
        self.plain: dict[str, Any] = {}
        """Short plain scalars met before -> their values."""
        self.keys: dict[str, Any] = {}
        """Short plain keys met before -> the keys they make (never `<<`)."""
        self.stack: list[_Open] = []
        self.top: _Open | None = None

    def read(self, text: str) -> Problem | None:
        """Build the values and positions of the one document in `text` and return its
        problem, if any; raises PyYAML's errors."""
        loader = _LOADER(text)
        try:
            self._events(loader.get_event)
        finally:
            loader.dispose()
        if () not in self.doc.positions:
            return ("Y008", "the file is empty; it must hold a YAML mapping", 1, 1)
        if self.self_reference is not None:
            message = "this alias refers to a value that contains itself"
            return ("Y007", message, *self.self_reference)
        for size, line, column in self.large:
            if size > MAX_EXPANDED_NODES + self.nodes:
                message = (
                    f"aliases here expand to more than {MAX_EXPANDED_NODES:,} values "
                    "(an 'alias bomb'); write the values out or use fewer aliases"
                )
                return ("Y007", message, line, column)
        return self.problem

    def _events(self, get: Any) -> None:
        """Read every event. A plain scalar or collection, without anchor or tag, inside a
        plain collection takes the short way here; anything else goes to `_node`."""
        scalar, alias = yaml.ScalarEvent, yaml.AliasEvent
        mapping, sequence = yaml.MappingStartEvent, yaml.SequenceStartEvent
        ends = (yaml.MappingEndEvent, yaml.SequenceEndEvent)
        positions, plain, keys, stack = self.doc.positions, self.plain, self.keys, self.stack
        top: _Open | None = None
        document = None
        while True:
            event = get()
            kind = type(event)
            if kind is scalar or kind is mapping or kind is sequence:
                if top is not None and event.anchor is None and event.tag is None:
                    key = top.key
                    if key is _NO_KEY and kind is scalar:
                        key = keys.get(event.value) if event.implicit[0] else event.value
                        if key is not None and key not in top.value:
                            mark = event.start_mark
                            top.key, top.key_at = key, (mark.line + 1, mark.column + 1)
                            top.size += 1
                            self.nodes += 1
                            continue
                    elif key is not _NO_KEY and key is not _MERGE and top.merge is None:
                        if kind is scalar:
                            text = event.value
                            value = plain.get(text, _NO_KEY) if event.implicit[0] else text
                        else:
                            value = {} if kind is mapping else []
                        if value is not _NO_KEY and top.depth < MAX_DEPTH:
                            mark = event.start_mark
                            if key is None:
                                path = (*top.path, len(top.value))
                                top.value.append(value)
                                positions[path] = (mark.line + 1, mark.column + 1, 0, 0)
                            else:
                                path = (*top.path, key)
                                top.value[key] = value
                                positions[path] = (mark.line + 1, mark.column + 1, *top.key_at)
                                top.key = _NO_KEY
                            self.nodes += 1
                            if kind is scalar:
                                top.size += 1
                            else:
                                stack.append(top)
                                top = _Open(value, path, top.depth + 1)
                            continue
            elif kind in ends:
                assert top is not None
                done, top = top, stack.pop() if stack else None
                if (
                    top is not None
                    and done.anchor is None
                    and done.merge is None
                    and done.merged is None
                    and done.size <= MAX_EXPANDED_NODES
                ):
                    top.size += done.size
                    top.height = max(top.height, (done.height or bool(done.value)) + 1)
                    continue
                self.top = top
                self._end(done)
                continue
            elif kind is yaml.DocumentStartEvent:
                if document is not None:
                    raise yaml.composer.ComposerError(
                        "expected a single document in the stream",
                        document,
                        "but found another document",
                        event.start_mark,
                    )
                document = event.start_mark
                continue
            elif kind is yaml.StreamEndEvent:
                return
            elif kind is not alias:
                continue
            self.top = top
            self._node(event, kind)
            top = self.top

    def _node(self, event: Any, kind: type) -> None:
        """A scalar, an alias or the start of a collection, as a key or as a value."""
        top = self.top
        mark = event.start_mark
        line, column = mark.line + 1, mark.column + 1
        anchor, target = event.anchor, None
        if kind is yaml.AliasEvent:
            target = self.anchors.get(anchor)
            if target is None:
                raise yaml.composer.ComposerError(None, None, "found undefined alias", mark)
            if not target.done and self.self_reference is None:
                self.self_reference = (target.line, target.column)
            anchor, line, column = None, target.line, target.column
        else:
            self.nodes += 1
            if anchor in self.anchors:
                first = self.anchors[anchor]
                raise yaml.composer.ComposerError(
                    "found duplicate anchor; first occurrence",
                    yaml.Mark("<unicode string>", 0, first.line - 1, first.column - 1, None, 0),
                    "second occurrence",
                    mark,
                )
        scalar = kind is yaml.ScalarEvent
        if top is not None:
            top.size += target.size if target is not None else int(scalar)
        into = None
        value: Any
        if top is not None and top.key is _NO_KEY:
            if scalar or target is not None:
                self._key(top, event, target, line, column)
                return
            self._key(top, None, None, line, column)
            path, depth, value = (*top.path, top.key), top.depth + 1, {}
        else:
            merging = top is not None and (
                top.key is _MERGE or (top.key is None and top.merge is not None)
            )
            depth = top.depth + 1 if top is not None else 0
            height = target.height if target is not None else 0
            if depth + height > MAX_DEPTH and (height or not merging):
                message = f"the YAML is nested deeper than {MAX_DEPTH} levels; flatten it"
                self._fail("Y004", message, line, column)
            if target is not None:
                value = target.value
                if top is not None:
                    top.height = max(top.height, height + 1)
            elif scalar:
                value = event.value if merging else self._resolve(event, line, column)
            else:
                value = {} if kind is yaml.MappingStartEvent else []
                expected = CORE + ("map" if kind is yaml.MappingStartEvent else "seq")
                if event.tag not in (None, "!", expected) and not merging:
                    self._fail("Y006", tag_message(event.tag), line, column)
            path, into = self._place(top, value, line, column)
        if target is not None:
            self.doc.aliases[path] = target.path
            if into is not None:
                self._merge(into, value, target.path)
        elif scalar:
            if anchor is not None:
                self.anchors[anchor] = _Anchor(value, path, line, column, _key_of(event, value))
            if into is not None:
                self._merge(into, value, path)
        else:
            # The mappings in a list after `<<` count one level less deep, as sources.
            opened = _Open(value, path, depth - (into is not None and type(value) is list), anchor)
            opened.merge = into
            if anchor is not None:
                self.anchors[anchor] = _Anchor(value, path, line, column, done=False)
            if top is not None:
                self.stack.append(top)
            self.top = opened

    def _end(self, done: _Open) -> None:
        """The end of the collection `done`, inside `self.top`."""
        top = self.top
        for key, value in (done.merged or {}).items():
            done.value.setdefault(key, value)
        height = done.height or int(bool(done.value))
        if top is not None:
            top.size += done.size
            top.height = max(top.height, height + 1)
        if done.size > MAX_EXPANDED_NODES:
            line, column = self.doc.positions.get(done.path, (1, 1, 0, 0))[:2]
            self.large.append((done.size, line, column))
        if done.anchor is not None:
            anchor = self.anchors[done.anchor]
            anchor.size, anchor.height, anchor.done = done.size, height, True
        if done.merge is not None:
            self._merge(done.merge, done.value, done.path)

    def _place(
        self, top: _Open | None, value: Any, line: int, column: int
    ) -> tuple[Path, _Open | None]:
        """Put a value into its collection and the position table. Returns its path, and
        the mapping it is merged into when it is the value of a `<<`."""
        into = None
        key_at = (0, 0)
        if top is None:
            self.doc.data = value
            path: Path = ()
        elif top.key is None:
            path = (*top.path, len(top.value))
            top.value.append(value)
            if top.merge is not None and type(value) is not dict:
                self._fail("Y009", _MERGE_ONLY, line, column)
        else:
            key_at = top.key_at
            if top.key is _MERGE:
                path, into = (*top.path, ("<<", *key_at)), top
            else:
                path = (*top.path, top.key)
                top.value[top.key] = value
            top.key = _NO_KEY
        self.doc.positions[path] = (line, column, *key_at)
        return path, into

    def _key(self, top: _Open, event: Any, target: _Anchor | None, line: int, column: int) -> None:
        """Take a scalar (or an alias of one) as the pending key of the mapping `top`; a
        collection (no `event`, or an alias of one) cannot be a key."""
        if target is not None:
            key = target.key
        elif event is None:
            key = None
        elif _merges(event):
            key = _MERGE
        else:
            value = self._resolve(event, line, column)
            key = _key_of(event, value)
            if event.implicit[0] and event.tag is None and len(event.value) <= _MEMO:
                self.keys[event.value] = key
            if event.anchor is not None:
                self.anchors[event.anchor] = _Anchor(value, (), line, column, key)
        if key is None:
            message = "a mapping key must be a plain value, not a list or mapping"
            self._fail("Y009", message, line, column)
            key = object()
        elif key is not _MERGE and key in top.value:
            first = self.doc.positions[(*top.path, key)][2]
            message = (
                f"duplicate key '{key}' (first given on line {first}); "
                "YAML keeps only one of them: remove or rename one"
            )
            self._fail("Y005", message, line, column)
        top.key, top.key_at = key, (line, column)

    def _merge(self, into: _Open, value: Any, path: Path) -> None:
        """Merge the mapping, or each mapping of the list, `value` at `path` into `into`."""
        items = enumerate(value) if type(value) is list else [(None, value)]
        merges = self.doc.merges.setdefault(into.path, [])
        merged = into.merged = into.merged if into.merged is not None else {}
        for k, source in items:
            source_path = path if k is None else (*path, k)
            if type(source) is not dict:
                self._fail("Y009", _MERGE_ONLY, *self.doc.positions[source_path][:2])
                return
            merges.append(self.doc.aliases.get(source_path, source_path))
            for key, item in source.items():
                merged.setdefault(key, item)

    def _resolve(self, event: Any, line: int, column: int) -> Any:
        """A scalar's value; None, with the problem kept, when it has none."""
        tag, text = event.tag, event.value
        try:
            if tag is not None and tag != "!":
                return tagged(tag, text)
            if not event.implicit[0]:
                return text
            found = self.plain.get(text, _NO_KEY)
            if found is _NO_KEY:
                found = resolve_plain(text)
                if len(text) <= _MEMO:
                    self.plain[text] = found
            return found
        except ScalarError as exc:
            code, message = exc.args
            self._fail(code, message, line, column)
            return None

    def _fail(self, code: str, message: str, line: int, column: int) -> None:
        if self.problem is None:
            self.problem = (code, message, line, column)


def _merges(event: Any) -> bool:
    """Whether a scalar key is `<<` (plain, or tagged !!merge), which merges mappings in."""
    tag = event.tag
    return tag == CORE + "merge" or (
        event.value == "<<" and event.implicit[0] and tag in (None, "!")
    )


def _key_of(event: Any, value: Any) -> Any:
    """A scalar as a mapping key: `<<` merges; a float, boolean or null stays text."""
    if _merges(event):
        return _MERGE
    return event.value if isinstance(value, float | bool) or value is None else value
