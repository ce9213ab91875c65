"""Plain Python values from PyYAML's node tree, with the checks PyYAML does not make.

Duplicate keys (Y005), tags outside the core schema (Y006), values that contain
themselves through an alias (Y007), keys that are collections and merges of
non-mappings (Y009), and numbers too large to hold (Y010) are errors here.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import yaml

from roadmap.loading.scalars import NumberError, resolve_plain

PLAIN_TAG = "tag:roadmap,2024:plain"
STR_TAG = "tag:yaml.org,2002:str"
SEQ_TAG = "tag:yaml.org,2002:seq"
MAP_TAG = "tag:yaml.org,2002:map"
ALLOWED_EXPLICIT = {
    STR_TAG,
    SEQ_TAG,
    MAP_TAG,
    "tag:yaml.org,2002:int",
    "tag:yaml.org,2002:float",
    "tag:yaml.org,2002:bool",
    "tag:yaml.org,2002:null",
}

MAX_DEPTH = 200
MAX_EXPANDED_NODES = 2_000_000
"""How many values aliases may add to a document, beyond its own nodes."""


class YamlError(Exception):
    """A problem in the YAML, found while building values from the node tree."""

    def __init__(self, code: str, message: str, node: yaml.Node) -> None:
        super().__init__(message)
        self.code = code
        self.message = message
        self.node = node


def is_merge_key(node: yaml.Node) -> bool:
    """A `<<` key (plain, or tagged !!merge): the mapping or mappings it names are merged in."""
    return isinstance(node, yaml.ScalarNode) and (
        node.tag == "tag:yaml.org,2002:merge" or (node.tag == PLAIN_TAG and node.value == "<<")
    )


def tag_message(tag: str) -> str:
    """The diagnostic for a tag that is not allowed."""
    shown = tag.replace("tag:yaml.org,2002:", "!!")
    return f"the tag '{shown}' is not allowed; roadmap files hold plain data only (remove the tag)"


class ValueBuilder:
    """Builds plain Python values from a node tree.

    Scalars inside collections are built in the collection's loop, and plain scalars
    that repeat (keys, statuses, ids, numbers) are resolved once: a 10,000-action file
    has some 400,000 of them. Anything unusual takes the general path through `build`.
    """

    def __init__(self, path: str, *, aliases: bool = True) -> None:
        self.path = path
        self.aliases = aliases
        """False when the text has no anchor, so no node can be reached twice."""
        self._active: set[int] = set()
        self._plain: dict[str, Any] = {}
        """Plain scalar text -> its value; values are immutable, so they can be shared."""
        self._keys: dict[str, Any] = {}
        """Plain key text -> the key it makes (never `<<`, which merges)."""

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
            self._require_tag(node, SEQ_TAG)
            if depth + 1 > MAX_DEPTH:
                return [self.build(item, depth + 1) for item in node.value]
            value_of = self._value_of
            return [value_of(item, depth + 1) for item in node.value]
        assert isinstance(node, yaml.MappingNode)
        self._require_tag(node, MAP_TAG)
        return self._mapping(node, depth)

    def _value_of(self, node: yaml.Node, depth: int) -> Any:
        """`build(node, depth)` for a node at a depth known to be allowed."""
        if type(node) is yaml.ScalarNode:
            tag = node.tag
            if tag == STR_TAG:
                return node.value
            if tag == PLAIN_TAG:
                found = self._plain.get(node.value, _MISSING)
                if found is not _MISSING:
                    return found
                return self._scalar(node)
        return self.build(node, depth)

    def _mapping(self, node: yaml.MappingNode, depth: int) -> dict[Any, Any]:
        result: dict[Any, Any] = {}
        merged: dict[Any, Any] = {}
        keys = self._keys
        plain = self._plain
        inline = depth + 1 <= MAX_DEPTH
        for key_node, value_node in node.value:
            if type(key_node) is not yaml.ScalarNode:
                raise YamlError(
                    "Y009", "a mapping key must be a plain value, not a list or mapping", key_node
                )
            key = keys.get(key_node.value, _MISSING) if key_node.tag == PLAIN_TAG else _MISSING
            if key is _MISSING:
                if is_merge_key(key_node):
                    for key, value in self._merge_sources(value_node, depth).items():
                        merged.setdefault(key, value)
                    continue
                key = self._key(key_node)
            if key in result:
                first = _first_key_node(node, key, self._key).start_mark.line + 1
                raise YamlError(
                    "Y005",
                    f"duplicate key '{key}' (first given on line {first}); "
                    "YAML keeps only one of them: remove or rename one",
                    key_node,
                )
            if inline and type(value_node) is yaml.ScalarNode:
                tag = value_node.tag
                if tag == STR_TAG:
                    result[key] = value_node.value
                    continue
                if tag == PLAIN_TAG:
                    value = plain.get(value_node.value, _MISSING)
                    result[key] = value if value is not _MISSING else self._scalar(value_node)
                    continue
            result[key] = self.build(value_node, depth + 1)
        for key, value in merged.items():
            result.setdefault(key, value)
        return result

    def _key(self, key_node: yaml.ScalarNode) -> Any:
        """A key's value; a key that reads as a float, a boolean or null stays text."""
        if key_node.tag == STR_TAG:
            return key_node.value
        key = self._scalar(key_node)
        if isinstance(key, float | bool) or key is None:
            key = key_node.value
        if key_node.tag == PLAIN_TAG and len(key_node.value) <= _MEMO_LENGTH:
            self._keys[key_node.value] = key
        return key

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
        if tag == STR_TAG:
            return value
        if tag != PLAIN_TAG and tag not in ALLOWED_EXPLICIT:
            raise YamlError("Y006", tag_message(tag), node)
        try:
            resolved = resolve_plain(value)
        except NumberError as exc:
            raise YamlError("Y010", str(exc), node) from exc
        if tag == PLAIN_TAG:
            if len(value) <= _MEMO_LENGTH:
                self._plain[value] = resolved
            return resolved
        kind = tag.rsplit(":", 1)[-1]
        expected = {"int": int, "float": float, "bool": bool, "null": type(None)}[kind]
        if kind == "float" and type(resolved) is int:
            return float(resolved)
        if type(resolved) is not expected:
            raise YamlError("Y006", f"'{value}' is not a valid !!{kind}", node)
        return resolved


_MISSING = object()
_MEMO_LENGTH = 64
"""Plain scalars up to this length are remembered; longer ones rarely repeat."""


def _first_key_node(
    node: yaml.MappingNode, key: Any, key_of: Callable[[yaml.ScalarNode], Any]
) -> yaml.Node:
    """The first of a mapping's own key nodes whose value is `key` (for Y005's message)."""
    for key_node, _ in node.value:
        if (
            type(key_node) is yaml.ScalarNode
            and not is_merge_key(key_node)
            and key_of(key_node) == key
        ):
            return key_node
    return node
