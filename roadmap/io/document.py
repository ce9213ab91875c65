"""What reading a YAML file gives: its values, the position of every node, and its
problems as diagnostics."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from roadmap.diagnostics import Diagnostic

Path = tuple[Any, ...]
"""Where a node is in the values: the keys and indexes from the root."""
Position = tuple[int, int, int, int]
"""The 1-based line and column of a node, then of its key (0, 0 if it has none)."""


@dataclass
class Document:
    """One file's values and where each of them is, or the problem that stopped it."""

    path: str
    data: Any = None
    problems: list[Diagnostic] = field(default_factory=list)
    root: Position | None = None
    positions: dict[Path, Any] = field(default_factory=dict, repr=False)
    """The path of each mapping or list -> its children's positions: a dict by key, or a
    list."""
    aliases: dict[Path, Path] = field(default_factory=dict, repr=False)
    """The path of an alias -> the path of the node it names."""
    merges: dict[Path, list[Path]] = field(default_factory=dict, repr=False)
    """The path of a mapping -> the paths of the mappings merged into it, in order."""

    def locate(self, loc: Path, *, key: bool = False) -> tuple[int, int]:
        """The line and column of the node at `loc`, or of its nearest ancestor; with
        `key`, of a mapping entry's key (where an unknown field is best pointed at).
        Parts of `loc` that name no node, such as pydantic's union tags, are passed over;
        a file that did not parse points at its start."""
        found = self.root or (1, 1, 0, 0)
        base: Path = ()
        for part in loc:
            child = self._child(base, part)
            if child is not None:
                path, found = child
                base = self.aliases.get(path, path)
        line, column, key_line, key_column = found
        return (key_line, key_column) if key and key_line else (line, column)

    def _child(self, base: Path, part: Any) -> tuple[Path, Position] | None:
        """The path and position of the child `part` of the node at `base`, its own or
        one merged in."""
        children = self.positions.get(base)
        if type(children) is list and type(part) is int and 0 <= part < len(children):
            return (*base, part), children[part]
        if type(children) is dict:
            for name in (part, str(part)):
                if name in children:
                    return (*base, name), children[name]
        for source in self.merges.get(base, ()):
            found = self._child(source, part)
            if found is not None:
                return found
        return None
