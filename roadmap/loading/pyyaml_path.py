"""The reference YAML path: PyYAML's (C, where built) composer, values built here.

Values are built from the node tree by roadmap.loading.node_values, not by PyYAML's constructors,
because:

- duplicate mapping keys are errors here; PyYAML silently keeps the last one;
- only the core tags are allowed; `!!python/...` and every other tag is an error;
- aliases are bounded: a document whose aliases expand past a limit is an "alias bomb";
- plain scalars follow the YAML 1.2 core schema (see `roadmap.loading.scalars`).

When positions are asked for, the node tree is then flattened into a PositionTable;
either way it is dropped. When they are not, a clean file is built from the parser's
events without any tree (`plain_values`, roadmap.loading.pyyaml_events), and only a file
that needs the checks above is composed.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import yaml

from roadmap.loading.node_values import (
    MAP_TAG,
    MAX_EXPANDED_NODES,
    PLAIN_TAG,
    SEQ_TAG,
    STR_TAG,
    ValueBuilder,
    YamlError,
    is_merge_key,
)
from roadmap.loading.positions import MAPPING, SCALAR, SEQUENCE, PositionTable

__all__ = ["YamlError", "build", "check_expansion", "compose", "plain_values"]

_Loader: type[Any] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _Resolver(yaml.resolver.Resolver):
    """Leaves plain scalars unresolved, so that this module resolves them itself."""

    def resolve(self, kind: Any, value: Any, implicit: Any) -> str:
        if kind is yaml.ScalarNode:
            return PLAIN_TAG if implicit[0] else STR_TAG
        if kind is yaml.SequenceNode:
            return SEQ_TAG
        return MAP_TAG


class _ComposeLoader(_Loader, _Resolver):  # type: ignore[misc]
    """PyYAML's composer with the resolver above."""


def compose(text: str) -> yaml.Node | None:
    """The node tree of `text`; raises PyYAML's errors and RecursionError."""
    node: yaml.Node | None = yaml.compose(text, Loader=_ComposeLoader)
    return node


def plain_values(text: str) -> Any:
    """The values of a clean, plain `text` without composing a tree
    (roadmap.loading.pyyaml_events), with the same parser and resolver as `compose`,
    a large text in two processes at once (roadmap.loading.split_parse); raises
    pyyaml_events.UnusualError for anything that needs the tree."""
    from roadmap.loading import split_parse  # noqa: PLC0415

    return split_parse.parsed(text, _events_values)


def _events_values(text: str) -> Any:
    from roadmap.loading import pyyaml_events  # noqa: PLC0415

    return pyyaml_events.values(text, _ComposeLoader)


def build(
    root: yaml.Node, text: str, path: str, *, positions: bool = True
) -> tuple[Any, PositionTable | None]:
    """Values and (unless `positions` is false) positions of a composed document;
    raises YamlError."""
    if "&" in text:
        check_expansion(root)
    data = ValueBuilder(path, aliases="&" in text).build(root)
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
        if is_merge_key(key_node):
            merges.append(value_node)
        else:
            yield key_node, value_node
    for merged in merges:
        sources = merged.value if isinstance(merged, yaml.SequenceNode) else [merged]
        for source in sources:
            if isinstance(source, yaml.MappingNode):
                yield from _entries(source)


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
