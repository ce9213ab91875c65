"""What reading a YAML file gives: its values, the position of every node, and its
problems as diagnostics."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from roadmap.diagnostics import Diagnostic

Path = tuple[Any, ...]
"""Where a node is in the values: the keys and indexes from the root."""


@dataclass
class Document:
    """One file's values and where each of them is, or the problem that stopped it."""

    path: str
    data: Any = None
    problems: list[Diagnostic] = field(default_factory=list)
    positions: dict[Path, tuple[int, int, int, int]] = field(default_factory=dict, repr=False)
    """Path -> the 1-based line and column of the node, then of its key (0, 0 if none)."""
    aliases: dict[Path, Path] = field(default_factory=dict, repr=False)
    """The path of an alias -> the path of the node it names."""
    merges: dict[Path, list[Path]] = field(default_factory=dict, repr=False)
    """The path of a mapping -> the paths of the mappings merged into it, in order."""

    def locate(self, loc: Path, *, key: bool = False) -> tuple[int, int]:
        """The line and column of the node at `loc`, or of its nearest ancestor.

        Parts of `loc` that name no node (pydantic adds union tags such as `"mapping"`)
        are passed over. With `key`, a mapping entry's key is located instead of its
        value, which is where an unknown field is best pointed at. A file that did not
        parse points at its start.
        """
        if () not in self.positions:
            return (1, 1)
        at = base = ()
        for part in loc:
            found = self._child(base, part)
            if found is not None:
                at = found
                base = self.aliases.get(found, found)
        line, column, key_line, key_column = self.positions[at]
        return (key_line, key_column) if key and key_line else (line, column)

    def _child(self, base: Path, part: Any) -> Path | None:
        for path in ((*base, part), (*base, str(part))):
            if path in self.positions:
                return path
        for source in self.merges.get(base, ()):
            found = self._child(source, part)
            if found is not None:
                return found
        return None
