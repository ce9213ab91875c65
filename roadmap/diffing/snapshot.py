"""One side of a diff: the data directory at a revision (or in the work tree), checked
and planned as `roadmap check` would. A revision's files are copied into a temporary
directory; the diagnostics then name the file's path in the repository."""

from __future__ import annotations

import os
import posixpath
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass, field, replace

from roadmap.diagnostics import Diagnostic, has_errors
from roadmap.diffing.git import Repository
from roadmap.io.load import Loaded
from roadmap.models import FILE_MODELS, REQUIRED_KINDS, Dataset, text_in
from roadmap.planning.result import Plan

WORK_TREE = "working tree"


@dataclass
class Snapshot:
    """The roadmap on one side of a diff. `present` is False when the side has no data
    (the base of the pull request that adds the roadmap); `dataset` is there when every
    file passed the schema, `plan` when the data checked without errors."""

    label: str
    directory: str
    commit: str | None = None
    present: bool = True
    diagnostics: list[Diagnostic] = field(default_factory=list)
    dataset: Dataset | None = None
    plan: Plan | None = None
    titles: dict[str, str] = field(default_factory=dict)
    """Action ids and titles, read from the raw YAML where the schema did not hold."""

    @property
    def valid(self) -> bool:
        """True when the side has data that checks without errors."""
        return self.present and not has_errors(self.diagnostics)

    @property
    def findings(self) -> list[Diagnostic]:
        """Every finding, the plan's included (the pipeline leaves them out after errors)."""
        return [*self.diagnostics, *(self.plan.diagnostics if self.plan else ())]


def at_revision(repo: Repository, commit: str, label: str, directory: str) -> Snapshot:
    """The data directory `directory` (repository-relative) as it was at `commit`."""
    files = repo.files(commit, directory)
    kinds = [k for k in FILE_MODELS if f"{k}.yaml" in files]
    if not any(k in REQUIRED_KINDS for k in kinds):
        return Snapshot(label, directory or ".", commit, present=False)
    with tempfile.TemporaryDirectory(prefix="roadmap-diff-") as tmp:
        for kind in kinds:
            name = f"{kind}.yaml"
            target = os.path.join(tmp, name)
            path = posixpath.join(directory, name)
            if files[name] == "link":
                link = repo.read(commit, path).decode("utf-8", "surrogateescape")
                path = posixpath.normpath(posixpath.join(directory, link))
                if repo.kind(commit, path) != "blob":
                    continue
            elif files[name] != "blob":
                os.mkdir(target)
                continue
            with open(target, "wb") as handle:
                handle.write(repo.read(commit, path))
        return _checked(tmp, label, directory, commit)


def in_work_tree(repo: Repository, directory: str) -> Snapshot:
    """The data directory `directory` (repository-relative) as it is on disk."""
    path = str(repo.root / directory)
    if not any(os.path.lexists(os.path.join(path, f"{k}.yaml")) for k in REQUIRED_KINDS):
        return Snapshot(WORK_TREE, directory or ".", present=False)
    return _checked(path, WORK_TREE, directory)


def _checked(path: str, label: str, directory: str, commit: str | None = None) -> Snapshot:
    """Check and plan the files at `path` the way `roadmap plan` does."""
    from roadmap.pipeline import run  # noqa: PLC0415

    outcome = run(path)

    def relocated(found: Iterable[Diagnostic]) -> list[Diagnostic]:
        return sorted({replace(d, file=_in_repository(directory, path, d.file)) for d in found})

    plan = outcome.plan
    if plan is not None:
        plan = replace(plan, diagnostics=tuple(relocated(plan.diagnostics)))
    return Snapshot(
        label,
        directory or ".",
        commit,
        diagnostics=relocated(outcome.diagnostics),
        dataset=outcome.dataset,
        plan=plan,
        titles=_titles(outcome.loaded),
    )


def _titles(loaded: Loaded) -> dict[str, str]:
    if loaded.dataset is not None:
        return {a.id: text_in(a.title, "en") for a in loaded.dataset.actions}
    data = getattr(loaded.documents.get("actions"), "data", None)
    items = data.get("actions") if isinstance(data, dict) else None
    titles: dict[str, str] = {}
    for item in items if isinstance(items, list) else []:
        if isinstance(item, dict) and isinstance(item.get("id"), str):
            title = item.get("title")
            if isinstance(title, dict):
                title = title.get("en") or title.get("bg")
            titles.setdefault(item["id"], title if isinstance(title, str) else "")
    return titles


def _in_repository(directory: str, root: str, file: str) -> str:
    """`file` (the directory `root`, or a file in it) by its path in the repository."""
    return posixpath.normpath(posixpath.join(directory, os.path.relpath(file, root)))
