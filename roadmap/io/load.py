"""Load a data directory: read and parse each file, validate it with the models, and
point every schema error at its node in the YAML (stages 1 and 2 of checking); later
stages work on the validated Dataset and use `Loaded.locate` to point at lines."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from typing import Any

from pydantic import ValidationError

from roadmap.diagnostics import Diagnostic, Severity, has_errors
from roadmap.io import messages
from roadmap.io.document import Document
from roadmap.io.files import read_text
from roadmap.io.yaml import read_yaml
from roadmap.models import FILE_MODELS, REQUIRED_KINDS, Dataset
from roadmap.texts import say

_TOP = {"strategy": "id:, name:, horizon:, ...", "goals": "goals:", "actions": "actions:"}


@dataclass
class Loaded:
    """What loading a directory gave: the dataset if every file held, and the findings."""

    directory: str
    documents: dict[str, Document] = field(default_factory=dict)
    diagnostics: list[Diagnostic] = field(default_factory=list)
    dataset: Dataset | None = None

    def path_of(self, kind: str) -> str:
        """The path of a data file, keeping the directory as the user wrote it."""
        return os.path.join(self.directory, f"{kind}.yaml")

    def locate(self, kind: str, loc: tuple[Any, ...], *, key: bool = False) -> tuple[str, int, int]:
        """File, line and column of the node at `loc` in the file of `kind`."""
        doc = self.documents.get(kind)
        if doc is None:
            return (self.path_of(kind), 0, 0)
        return (doc.path, *doc.locate(loc, key=key))


def load_directory(directory: str) -> Loaded:
    """Read and validate every data file in `directory`. Never raises for bad input."""
    loaded = Loaded(directory)
    problem = None
    if not os.path.isdir(directory):
        problem = "Y000.not_directory" if os.path.exists(directory) else "Y000.no_directory"
    elif not os.access(directory, os.R_OK | os.X_OK):
        problem = "Y000.directory_denied"
    if problem is not None:
        loaded.diagnostics.append(Diagnostic(directory, 0, 0, "Y000", Severity.ERROR, say(problem)))
        return loaded
    for kind in FILE_MODELS:
        path = loaded.path_of(kind)
        text = read_text(path, required=kind in REQUIRED_KINDS)
        if isinstance(text, Diagnostic):
            loaded.diagnostics.append(text)
        elif text is not None:
            doc = loaded.documents[kind] = read_yaml(path, text)
            loaded.diagnostics.extend(doc.problems)
    if has_errors(loaded.diagnostics):
        return loaded
    models = {kind: _validate(loaded, kind, doc) for kind, doc in loaded.documents.items()}
    if not has_errors(loaded.diagnostics):
        loaded.dataset = Dataset(
            strategy=models["strategy"],
            goals=list(models["goals"].goals),
            actions=list(models["actions"].actions),
            progress=models.get("progress"),
        )
    return loaded


def _validate(loaded: Loaded, kind: str, doc: Document) -> Any:
    """Stage 2 for one parsed file: its root model, or None with the findings kept."""
    model = FILE_MODELS[kind]
    if not isinstance(doc.data, dict):
        expected = _TOP.get(kind, "as_of:, actions:, kpis:")
        message = messages.not_a_mapping(expected, doc.data)
        loaded.diagnostics.append(Diagnostic(doc.path, 1, 1, "S004", Severity.ERROR, message))
        return None
    try:
        return model.model_validate(doc.data)
    except ValidationError as exc:
        loaded.diagnostics.extend(messages.schema_diagnostics(exc, doc, model))
        return None
