"""The reference YAML path: PyYAML's (C, where built) composer, values built here.

Values are built from the node tree by this module, not by PyYAML's constructors,
because:

- duplicate mapping keys are errors here; PyYAML silently keeps the last one;
- only the core tags are allowed; `!!python/...` and every other tag is an error;
- aliases are bounded: a document whose aliases expand past a limit is an "alias bomb";
- plain scalars follow the YAML 1.2 core schema (see `roadmap.loading.scalars`).

When positions are asked for, the node tree is then flattened into a PositionTable;
either way it is dropped.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import yaml

from roadmap.loading.positions import MAPPING, SCALAR, SEQUENCE, PositionTable
from roadmap.loading.scalars import NumberError, resolve_plain

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
"""How many values aliases may add to a document, beyond its own nodes."""

MAX_DEPTH = 200


class _Resolver(yaml.resolver.Resolver):
    """Leaves plain scalars unresolved, so that this module resolves them itself."""

    def resolve(self, kind: Any, value: Any, implicit: Any) -> str:
        if kind is yaml.ScalarNode:
            return PLAIN_TAG if implicit[0] else _STR
        if kind is yaml.SequenceNode:
            return _SEQ
        return _MAP


class _ComposeLoader(_Loader, _Resolver):  # type: ignore[misc]
    """PyYAML's composer with the resolver above."""


class YamlError(Exception):
    """A problem in the YAML, found while building values from the node tree."""

    def __init__(self, code: str, message: str, node: yaml.Node) -> None:
        super().__init__(message)
        self.code = code
        self.message = message
        self.node = node


def compose(text: str) -> yaml.Node | None:
    """The node tree of `text`; raises PyYAML's errors and RecursionError."""
    node: yaml.Node | None = yaml.compose(text, Loader=_ComposeLoader)
    return node


def build(
    root: yaml.Node, text: str, path: str, *, positions: bool = True
) -> tuple[Any, PositionTable | None]:
    """Values and (unless `positions` is false) positions of a composed document;
    raises YamlError."""
    if "&" in text:
        check_expansion(root)
    data = _Builder(path, aliases="&" in text).build(root)
    if not positions:
        return data, None
    table = PositionTable()
    _flatten(root, None, table)
    return data, table


def _flatten(node: yaml.Node, key: tuple[str, int, int] | None, table: PositionTable) -> None:
    mark = node.start_mark
    if isinstance(node, yaml.SequenceNode):
        row = table.add(SEQUENCE, mark.line, mark.column, key)
        for item in node.value:
            _flatten(item, None, table)
        table.close(row)
    elif isinstance(node, yaml.MappingNode):
        row = table.add(MAPPING, mark.line, mark.column, key)
        for key_node, value_node in _entries(node):
            if isinstance(key_node, yaml.ScalarNode):
                key_mark = key_node.start_mark
                entry = (key_node.value, key_mark.line, key_mark.column)
                _flatten(value_node, entry, table)
            else:
                _flatten(value_node, None, table)
        table.close(row)
    else:
        table.add(SCALAR, mark.line, mark.column, key)


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


def check_expansion(root: yaml.Node) -> None:
    """Refuse documents whose aliases add more than MAX_EXPANDED_NODES values.

    Sizes are memoised per node, so the check costs two passes over the distinct nodes.
    Only documents with an anchor can hold aliases, so only they are checked; the size
    of the file itself is bounded by the loader.
    """
    limit = MAX_EXPANDED_NODES + _distinct_nodes(root)
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
        if total > limit:
            raise YamlError(
                "Y007",
                f"aliases here expand to more than {MAX_EXPANDED_NODES:,} values "
                "(an 'alias bomb'); write the values out or use fewer aliases",
                node,
            )
        sizes[id(node)] = total


def _distinct_nodes(root: yaml.Node) -> int:
    seen: set[int] = set()
    stack = [root]
    while stack:
        node = stack.pop()
        if id(node) not in seen:
            seen.add(id(node))
            stack.extend(_children(node))
    return len(seen)


def _children(node: yaml.Node) -> list[yaml.Node]:
    if isinstance(node, yaml.SequenceNode):
        return list(node.value)
    if isinstance(node, yaml.MappingNode):
        return [n for pair in node.value for n in pair]
    return []


class _Builder:
    """Builds plain Python values from a node tree."""

    def __init__(self, path: str, *, aliases: bool = True) -> None:
        self.path = path
        self.aliases = aliases
        """False when the text has no anchor, so no node can be reached twice."""
        self._active: set[int] = set()

    def build(self, node: yaml.Node, depth: int = 0) -> Any:
        if depth > MAX_DEPTH:
            raise YamlError(
                "Y004", f"the YAML is nested deeper than {MAX_DEPTH} levels; flatten it", node
            )
        kind = type(node)
        if kind is yaml.ScalarNode:
            assert isinstance(node, yaml.ScalarNode)
            return self._scalar(node)
        if not self.aliases:
            return self._container(node, kind, depth)
        if id(node) in self._active:
            raise YamlError("Y007", "this alias refers to a value that contains itself", node)
        self._active.add(id(node))
        try:
            return self._container(node, kind, depth)
        finally:
            self._active.discard(id(node))

    def _container(self, node: yaml.Node, kind: type, depth: int) -> Any:
        if kind is yaml.SequenceNode:
            self._require_tag(node, _SEQ)
            build = self.build
            return [build(item, depth + 1) for item in node.value]
        assert isinstance(node, yaml.MappingNode)
        self._require_tag(node, _MAP)
        return self._mapping(node, depth)

    def _mapping(self, node: yaml.MappingNode, depth: int) -> dict[Any, Any]:
        result: dict[Any, Any] = {}
        first_seen: dict[Any, yaml.Node] = {}
        merged: dict[Any, Any] = {}
        for key_node, value_node in node.value:
            if type(key_node) is not yaml.ScalarNode:
                raise YamlError(
                    "Y009", "a mapping key must be a plain value, not a list or mapping", key_node
                )
            if _is_merge_key(key_node):
                for key, value in self._merge_sources(value_node, depth).items():
                    merged.setdefault(key, value)
                continue
            key = key_node.value if key_node.tag == _STR else self._scalar(key_node)
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
            raise YamlError("Y006", tag_message(node.tag), node)

    def _scalar(self, node: yaml.ScalarNode) -> Any:
        tag = node.tag
        value: str = node.value
        if tag == _STR:
            return value
        if tag != PLAIN_TAG and tag not in _ALLOWED_EXPLICIT:
            raise YamlError("Y006", tag_message(tag), node)
        try:
            resolved = resolve_plain(value)
        except NumberError as exc:
            raise YamlError("Y010", str(exc), node) from exc
        if tag == PLAIN_TAG:
            return resolved
        kind = tag.rsplit(":", 1)[-1]
        expected = {"int": int, "float": float, "bool": bool, "null": type(None)}[kind]
        if kind == "float" and type(resolved) is int:
            return float(resolved)
        if type(resolved) is not expected:
            raise YamlError("Y006", f"'{value}' is not a valid !!{kind}", node)
        return resolved


def tag_message(tag: str) -> str:
    """The diagnostic for a tag that is not allowed."""
    shown = tag.replace("tag:yaml.org,2002:", "!!")
    return f"the tag '{shown}' is not allowed; roadmap files hold plain data only (remove the tag)"
