"""Load a data directory: read each file, validate it, and keep its positions.

This is stages 1 (YAML syntax) and 2 (schema) of checking. Later stages work on the
validated Dataset and use the Documents to point at lines.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from typing import Any

from roadmap.data_files import data_file, read_data_file
from roadmap.diagnostics import Diagnostic, Severity, has_errors
from roadmap.loading.yaml_reader import Document, Parser, read_text
from roadmap.models import FILE_MODELS, Dataset, Model

__all__ = ["Loaded", "data_file", "load_directory"]


@dataclass
class Loaded:
    """What loading a directory gave: the dataset if every file held, and the findings."""

    directory: str
    documents: dict[str, Document] = field(default_factory=dict)
    models: dict[str, Model] = field(default_factory=dict)
    diagnostics: list[Diagnostic] = field(default_factory=list)
    dataset: Dataset | None = None

    def path_of(self, kind: str) -> str:
        """The path of a data file as the user gave the directory."""
        return data_file(self.directory, kind)

    def locate(self, kind: str, loc: tuple[Any, ...], *, key: bool = False) -> tuple[str, int, int]:
        """File, line and column of the node at `loc` in the file of `kind`."""
        doc = self.documents.get(kind)
        if doc is None:
            return (self.path_of(kind), 0, 0)
        line, column = doc.locate(loc, key=key)
        return (doc.path, line, column)


def load_directory(directory: str, *, parser: Parser | None = None) -> Loaded:
    """Read and validate every data file in `directory`. Never raises for bad input.

    `parser` picks the YAML parser (see roadmap.loading.yaml_reader).
    """
    loaded = Loaded(directory)
    _load(loaded, parser)
    return loaded


def _load(loaded: Loaded, parser: Parser | None) -> None:
    directory = loaded.directory
    if not os.path.isdir(directory):
        what = "is a file, not a directory" if os.path.exists(directory) else "does not exist"
        loaded.diagnostics.append(
            Diagnostic(directory, 0, 0, "Y000", Severity.ERROR, f"the data directory {what}")
        )
        return
    for kind in FILE_MODELS:
        raw = _read(loaded, kind)
        if raw is None:
            continue
        doc = read_text(loaded.path_of(kind), raw, parser)
        loaded.documents[kind] = doc
        loaded.diagnostics.extend(doc.problems)
    if has_errors(loaded.diagnostics):
        return
    for kind in loaded.documents:
        _validate(loaded, kind)
    if not has_errors(loaded.diagnostics):
        loaded.dataset = _dataset(loaded.models)


def _validate(loaded: Loaded, kind: str) -> None:
    """Stage 2 for one parsed file."""
    from pydantic import ValidationError  # noqa: PLC0415

    doc = loaded.documents[kind]
    model = FILE_MODELS[kind]
    if not isinstance(doc.data, dict):
        loaded.diagnostics.append(
            Diagnostic(doc.path, 1, 1, "S004", Severity.ERROR, _root_message(kind, doc.data))
        )
        return
    try:
        loaded.models[kind] = model.model_validate(doc.data)
    except ValidationError as exc:
        from roadmap.loading.schema_errors import diagnostics_from  # noqa: PLC0415

        loaded.diagnostics.extend(diagnostics_from(exc, doc, model))


def _read(loaded: Loaded, kind: str) -> bytes | None:
    """The bytes of a data file, or None with a diagnostic (or silently when optional)."""
    found = read_data_file(loaded.directory, kind)
    if found.raw is not None:
        return found.raw
    if found.problem is not None:
        loaded.diagnostics.append(
            Diagnostic(found.path, 0, 0, "Y000", Severity.ERROR, found.problem)
        )
    return None


def _root_message(kind: str, data: Any) -> str:
    top = {"strategy": "id:, name:, horizon:, ...", "goals": "goals:", "actions": "actions:"}
    expected = top.get(kind, "as_of:, actions:, kpis:")
    return f"the file must hold a mapping ({expected}), not {type(data).__name__}"


def _dataset(models: dict[str, Any]) -> Dataset:
    return Dataset(
        strategy=models["strategy"],
        goals=list(models["goals"].goals),
        actions=list(models["actions"].actions),
        progress=models.get("progress"),
    )
