"""Read one YAML file into plain Python values, keeping the YAML nodes for positions.

The file is composed once into a node tree (PyYAML's C composer where available). Values
are then built from the nodes by this module, not by PyYAML's constructors, because:

- duplicate mapping keys are errors here; PyYAML silently keeps the last one;
- only the core tags are allowed; `!!python/...` and every other tag is an error;
- aliases are bounded: a document whose aliases expand past a limit is an "alias bomb";
- plain scalars follow the YAML 1.2 core schema, so `2021-03` stays text, `no` stays
  text and `2020-06-11` is not turned into a date.

The node tree stays beside the values so that any path into the data (as pydantic
reports it) can be turned into a line and column later, without a second parse.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

import yaml

from roadmap.diagnostics import Diagnostic, Severity

_Loader: type[Any] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

PLAIN_TAG = "tag:roadmap,2024:plain"
_STR = "tag:yaml.org,2002:str"
_SEQ = "tag:yaml.org,2002:seq"
_MAP = "tag:yaml.org,2002:map"
_ALLOWED_EXPLICIT = {
    _STR,
    _SEQ,
    _MAP,
    "tag:yaml.org,2002:int",
    "tag:yaml.org,2002:float",
    "tag:yaml.org,2002:bool",
    "tag:yaml.org,2002:null",
}

MAX_EXPANDED_NODES = 2_000_000
"""How many values a document may expand to through aliases, beyond its own nodes."""

MAX_DEPTH = 200

_INT_RE = re.compile(r"^[-+]?[0-9]+$")
_OCT_RE = re.compile(r"^0o[0-7]+$")
_HEX_RE = re.compile(r"^0x[0-9a-fA-F]+$")
_FLOAT_RE = re.compile(r"^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$")
_NULLS = {"", "~", "null", "Null", "NULL"}
_TRUES = {"true", "True", "TRUE"}
_FALSES = {"false", "False", "FALSE"}
_INFS = {".inf", ".Inf", ".INF", "+.inf", "+.Inf", "+.INF"}
_NEG_INFS = {"-.inf", "-.Inf", "-.INF"}
_NANS = {".nan", ".NaN", ".NAN"}


class _Resolver(yaml.resolver.Resolver):
    """Leaves plain scalars unresolved, so that this module resolves them itself."""

    def resolve(self, kind: Any, value: Any, implicit: Any) -> str:
        if kind is yaml.ScalarNode:
            return PLAIN_TAG if implicit[0] else _STR
        if kind is yaml.SequenceNode:
            return _SEQ
        return _MAP


class _ComposeLoader(_Loader, _Resolver):  # type: ignore[misc]
    """PyYAML's (C, where built) composer with the resolver above."""


class YamlError(Exception):
    """A problem in the YAML, found while building values from the node tree."""

    def __init__(self, code: str, message: str, node: yaml.Node) -> None:
        super().__init__(message)
        self.code = code
        self.message = message
        self.node = node


@dataclass
class Document:
    """One parsed file: its values and the node tree they were built from."""

    path: str
    data: Any
    root: yaml.Node | None
    problems: list[Diagnostic] = field(default_factory=list)

    def locate(self, loc: tuple[Any, ...], *, key: bool = False) -> tuple[int, int]:
        """The 1-based line and column of the node at `loc`, or of its nearest ancestor.

        Elements of `loc` that name no node (pydantic adds union tags such as
        `"mapping"`) are passed over. With `key`, a mapping entry's key is located
        instead of its value, which is where an unknown field is best pointed at.
        """
        node = self.root
        if node is None:
            return (1, 1)
        target = node
        target_key: yaml.Node | None = None
        for part in loc:
            found = _child(node, part)
            if found is None:
                continue
            target_key, node = found
            target = node
        mark = target_key.start_mark if key and target_key is not None else target.start_mark
        return (mark.line + 1, mark.column + 1)


def _child(node: yaml.Node, part: Any) -> tuple[yaml.Node | None, yaml.Node] | None:
    if isinstance(node, yaml.SequenceNode):
        if isinstance(part, int) and 0 <= part < len(node.value):
            return (None, node.value[part])
        return None
    if isinstance(node, yaml.MappingNode):
        for key_node, value_node in _entries(node):
            if isinstance(key_node, yaml.ScalarNode) and _key_matches(key_node, part):
                return (key_node, value_node)
    return None


def _key_matches(key_node: yaml.ScalarNode, part: Any) -> bool:
    text = key_node.value
    return bool(text == part or (not isinstance(part, str) and text == str(part)))


def _entries(node: yaml.MappingNode) -> Iterator[tuple[yaml.Node, yaml.Node]]:
    """A mapping's own entries first, then those merged in with `<<`."""
    merges: list[yaml.Node] = []
    for key_node, value_node in node.value:
        if _is_merge_key(key_node):
            merges.append(value_node)
        else:
            yield key_node, value_node
    for merged in merges:
        sources = merged.value if isinstance(merged, yaml.SequenceNode) else [merged]
        for source in sources:
            if isinstance(source, yaml.MappingNode):
                yield from _entries(source)


def _is_merge_key(node: yaml.Node) -> bool:
    return isinstance(node, yaml.ScalarNode) and (
        node.tag == "tag:yaml.org,2002:merge" or (node.tag == PLAIN_TAG and node.value == "<<")
    )


def read_text(path: str, raw: bytes) -> Document:
    """Parse YAML text (already read from `path`) into a Document.

    Problems are returned inside the Document as diagnostics; nothing is raised.
    """
    text, problem = _decode(path, raw)
    if problem is not None:
        return Document(path, None, None, [problem])
    if "\x00" in text:
        line, col = _offset_position(text, text.index("\x00"))
        return Document(
            path,
            None,
            None,
            [
                _diag(
                    path,
                    line,
                    col,
                    "Y003",
                    "the file holds a NUL byte; is it a binary file? Save it as UTF-8 text",
                )
            ],
        )
    try:
        root = yaml.compose(text, Loader=_ComposeLoader)
    except yaml.MarkedYAMLError as exc:
        return Document(path, None, None, [_syntax_diagnostic(path, text, exc)])
    except yaml.YAMLError as exc:
        return Document(path, None, None, [_diag(path, 1, 1, "Y004", f"YAML syntax error: {exc}")])
    except RecursionError:
        return Document(
            path,
            None,
            None,
            [
                _diag(
                    path,
                    1,
                    1,
                    "Y004",
                    f"the YAML is nested deeper than {MAX_DEPTH} levels; flatten it",
                )
            ],
        )
    if root is None:
        return Document(
            path,
            None,
            None,
            [_diag(path, 1, 1, "Y008", "the file is empty; it must hold a YAML mapping")],
        )
    try:
        _check_expansion(root)
        data = _Builder(path).build(root)
    except YamlError as exc:
        mark = exc.node.start_mark
        return Document(
            path, None, root, [_diag(path, mark.line + 1, mark.column + 1, exc.code, exc.message)]
        )
    return Document(path, data, root)


def _diag(path: str, line: int, column: int, code: str, message: str) -> Diagnostic:
    return Diagnostic(path, line, column, code, Severity.ERROR, message)


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
    return text.replace("\r\n", "\n").replace("\r", "\n"), None


def _offset_position(text: str, offset: int) -> tuple[int, int]:
    before = text[:offset]
    return before.count("\n") + 1, offset - (before.rfind("\n") + 1) + 1


def _syntax_diagnostic(path: str, text: str, exc: yaml.MarkedYAMLError) -> Diagnostic:
    mark = exc.problem_mark or exc.context_mark
    line, column = (mark.line + 1, mark.column + 1) if mark is not None else (1, 1)
    problem = exc.problem or "invalid YAML"
    lines = text.split("\n")
    source_line = lines[line - 1] if 0 < line <= len(lines) else ""
    if "\t" in source_line[: max(column, 1)] or "found character '\\t'" in problem:
        message = "a tab character is not allowed here; indent YAML with spaces"
    else:
        message = f"YAML syntax error: {problem}"
        if exc.context:
            message += f" ({exc.context})"
    return _diag(path, line, column, "Y001", message)


def _check_expansion(root: yaml.Node) -> None:
    """Refuse documents whose aliases make them expand past MAX_EXPANDED_NODES values.

    Sizes are memoised per node, so the check costs one pass over the distinct nodes.
    """
    sizes: dict[int, int] = {}
    open_nodes: set[int] = set()
    stack: list[tuple[yaml.Node, bool]] = [(root, False)]
    while stack:
        node, children_done = stack.pop()
        if id(node) in sizes:
            continue
        children = _children(node)
        if not children_done:
            if id(node) in open_nodes:
                raise YamlError("Y007", "this alias refers to a value that contains itself", node)
            open_nodes.add(id(node))
            stack.append((node, True))
            stack.extend((c, False) for c in children if id(c) not in sizes)
            continue
        open_nodes.discard(id(node))
        total = 1 + sum(sizes.get(id(c), 1) for c in children)
        if total > MAX_EXPANDED_NODES:
            raise YamlError(
                "Y007",
                f"aliases here expand to more than {MAX_EXPANDED_NODES:,} values "
                "(an 'alias bomb'); write the values out or use fewer aliases",
                node,
            )
        sizes[id(node)] = total


def _children(node: yaml.Node) -> list[yaml.Node]:
    if isinstance(node, yaml.SequenceNode):
        return list(node.value)
    if isinstance(node, yaml.MappingNode):
        return [n for pair in node.value for n in pair]
    return []


class _Builder:
    """Builds plain Python values from a node tree."""

    def __init__(self, path: str) -> None:
        self.path = path
        self._active: set[int] = set()

    def build(self, node: yaml.Node, depth: int = 0) -> Any:
        if depth > MAX_DEPTH:
            raise YamlError(
                "Y004", f"the YAML is nested deeper than {MAX_DEPTH} levels; flatten it", node
            )
        if isinstance(node, yaml.ScalarNode):
            return self._scalar(node)
        if id(node) in self._active:
            raise YamlError("Y007", "this alias refers to a value that contains itself", node)
        self._active.add(id(node))
        try:
            if isinstance(node, yaml.SequenceNode):
                self._require_tag(node, _SEQ)
                return [self.build(item, depth + 1) for item in node.value]
            assert isinstance(node, yaml.MappingNode)
            self._require_tag(node, _MAP)
            return self._mapping(node, depth)
        finally:
            self._active.discard(id(node))

    def _mapping(self, node: yaml.MappingNode, depth: int) -> dict[Any, Any]:
        result: dict[Any, Any] = {}
        first_seen: dict[Any, yaml.Node] = {}
        merged: dict[Any, Any] = {}
        for key_node, value_node in node.value:
            if _is_merge_key(key_node):
                for key, value in self._merge_sources(value_node, depth).items():
                    merged.setdefault(key, value)
                continue
            if not isinstance(key_node, yaml.ScalarNode):
                raise YamlError(
                    "Y009", "a mapping key must be a plain value, not a list or mapping", key_node
                )
            key = self._scalar(key_node)
            if isinstance(key, float | bool) or key is None:
                key = key_node.value
            if key in first_seen:
                first = first_seen[key].start_mark.line + 1
                raise YamlError(
                    "Y005",
                    f"duplicate key '{key}' (first given on line {first}); "
                    "YAML keeps only one of them: remove or rename one",
                    key_node,
                )
            first_seen[key] = key_node
            result[key] = self.build(value_node, depth + 1)
        for key, value in merged.items():
            result.setdefault(key, value)
        return result

    def _merge_sources(self, node: yaml.Node, depth: int) -> dict[Any, Any]:
        sources = node.value if isinstance(node, yaml.SequenceNode) else [node]
        merged: dict[Any, Any] = {}
        for source in sources:
            if not isinstance(source, yaml.MappingNode):
                raise YamlError(
                    "Y009",
                    "'<<' merges mappings only; give a mapping or a list of mappings",
                    source,
                )
            for key, value in self._mapping(source, depth + 1).items():
                merged.setdefault(key, value)
        return merged

    def _require_tag(self, node: yaml.Node, expected: str) -> None:
        if node.tag != expected:
            raise YamlError("Y006", _tag_message(node.tag), node)

    def _scalar(self, node: yaml.ScalarNode) -> Any:
        tag = node.tag
        value: str = node.value
        if tag == _STR:
            return value
        if tag == PLAIN_TAG:
            return _resolve_plain(value, node)
        if tag not in _ALLOWED_EXPLICIT:
            raise YamlError("Y006", _tag_message(tag), node)
        resolved = _resolve_plain(value, node)
        kind = tag.rsplit(":", 1)[-1]
        expected = {"int": int, "float": float, "bool": bool, "null": type(None)}[kind]
        if kind == "float" and type(resolved) is int:
            return float(resolved)
        if type(resolved) is not expected:
            raise YamlError("Y006", f"'{value}' is not a valid !!{kind}", node)
        return resolved


def _tag_message(tag: str) -> str:
    shown = tag.replace("tag:yaml.org,2002:", "!!")
    return f"the tag '{shown}' is not allowed; roadmap files hold plain data only (remove the tag)"


def _resolve_plain(value: str, node: yaml.Node) -> Any:
    """A plain scalar's value under the YAML 1.2 core schema."""
    if value in _NULLS:
        return None
    if value in _TRUES:
        return True
    if value in _FALSES:
        return False
    first = value[0]
    if not (first.isdigit() or first in "+-."):
        return value
    try:
        if _INT_RE.match(value):
            return int(value)
        if _OCT_RE.match(value):
            return int(value[2:], 8)
        if _HEX_RE.match(value):
            return int(value[2:], 16)
    except ValueError as exc:
        raise YamlError("Y010", f"the number '{value[:20]}...' has too many digits", node) from exc
    if _FLOAT_RE.match(value):
        number = float(value)
        if math.isinf(number):
            raise YamlError("Y010", f"the number '{value[:20]}' is too large", node)
        return number
    if value in _INFS:
        return math.inf
    if value in _NEG_INFS:
        return -math.inf
    if value in _NANS:
        return math.nan
    return value
