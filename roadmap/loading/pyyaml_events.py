"""Values straight from PyYAML's parser events, for the common clean file.

Composing a node tree costs time and memory: every node holds a dict and two marks,
some 450 bytes, so a 100,000-action file's tree alone takes gigabytes. When no
diagnostic needs positions, the values of a clean file can be built from the same
parser's events as they come, and no tree is ever made.

Only what is plain is taken: scalars without tags, collections without tags or
anchors, keys that are scalars and not `<<`, numbers that fit, one document. A value
may be an anchored scalar and an alias of one (data files share a long `source` text
so): an alias of a scalar adds one value, and past MAX_EXPANDED_NODES of them the tree
decides, as it does for any alias bomb. At anything else (an alias of a collection, or
as a key, an anchor on a collection or a key, an anchor given twice, a tag, a merge
key, a duplicate key, a collection as a key, a number too large, a syntax error, more
than one document, deep nesting) it raises UnusualError, and the caller composes the
tree (roadmap.loading.pyyaml_path), which gives every diagnostic. Where it answers,
its values equal the tree's (tested in tests/loading/test_pyyaml_events.py).
"""

from __future__ import annotations

from typing import Any

import yaml

from roadmap.loading.node_values import MAX_DEPTH, MAX_EXPANDED_NODES
from roadmap.loading.scalars import NumberError, resolve_plain

__all__ = ["UnusualError", "values"]

_MISSING = object()


class UnusualError(Exception):
    """Something the tree path must handle; nothing is wrong with the text as such."""


def values(text: str, loader_class: type[Any]) -> Any:
    """The values of the single document in `text`, parsed by `loader_class`; raises
    UnusualError."""
    loader = loader_class(text)
    try:
        return _build(loader)
    except (yaml.YAMLError, NumberError, RecursionError) as exc:
        raise UnusualError(str(exc)) from exc
    finally:
        loader.dispose()


def _build(loader: Any) -> Any:
    get = loader.get_event
    if type(get()) is not yaml.StreamStartEvent or type(get()) is not yaml.DocumentStartEvent:
        raise UnusualError("no document")
    plain: dict[str, Any] = {}
    keys: dict[str, Any] = {}
    root: list[Any] = []
    parent: Any = root
    key: Any = _MISSING
    """In a mapping: the key waiting for its value, or _MISSING when a key is next."""
    stack: list[tuple[Any, Any]] = []
    anchored: dict[str, Any] = {}
    aliases = 0
    scalar, mapping_start, sequence_start, alias = (
        yaml.ScalarEvent,
        yaml.MappingStartEvent,
        yaml.SequenceStartEvent,
        yaml.AliasEvent,
    )
    while True:
        event = get()
        kind = type(event)
        if kind is alias:
            value = anchored.get(event.anchor, _MISSING)
            if value is _MISSING or (type(parent) is dict and key is _MISSING):
                raise UnusualError("an alias of a collection, of nothing, or as a key")
            aliases += 1
            if aliases > MAX_EXPANDED_NODES:
                raise UnusualError("more aliases than the tree allows (an alias bomb)")
            if type(parent) is list:
                parent.append(value)
            else:
                parent[key] = value
                key = _MISSING
        elif kind is scalar:
            if event.tag is not None:
                raise UnusualError("a tag")
            text = event.value
            if event.implicit[0]:
                value = plain.get(text, _MISSING)
                if value is _MISSING:
                    value = plain[text] = resolve_plain(text)
            else:
                value = text
            if event.anchor is not None:
                if event.anchor in anchored or (type(parent) is dict and key is _MISSING):
                    raise UnusualError("an anchor given twice, or on a key")
                anchored[event.anchor] = value
            if type(parent) is list:
                parent.append(value)
            elif key is _MISSING:
                if event.implicit[0]:
                    found = keys.get(text, _MISSING)
                    if found is _MISSING:
                        if text == "<<":
                            raise UnusualError("a merge key")
                        found = keys[text] = (
                            text if isinstance(value, float | bool) or value is None else value
                        )
                    value = found
                if value in parent:
                    raise UnusualError("a duplicate key")
                key = value
            else:
                parent[key] = value
                key = _MISSING
        elif kind is mapping_start or kind is sequence_start:
            if event.anchor is not None or event.tag is not None:
                raise UnusualError("an anchor or a tag")
            if type(parent) is dict and key is _MISSING:
                raise UnusualError("a collection as a key")
            if len(stack) >= MAX_DEPTH:
                raise UnusualError("deep")
            child: Any = {} if kind is mapping_start else []
            if type(parent) is list:
                parent.append(child)
            else:
                parent[key] = child
            stack.append((parent, _MISSING))
            parent, key = child, _MISSING
        elif kind is yaml.MappingEndEvent or kind is yaml.SequenceEndEvent:
            parent, key = stack.pop()
        elif kind is yaml.DocumentEndEvent:
            if type(get()) is not yaml.StreamEndEvent:
                raise UnusualError("more than one document")
            return root[0]
        else:
            raise UnusualError(f"an unexpected {kind.__name__}")
