"""`roadmap diff`: what a change to the data does to the roadmap, between git revisions.

`diff_revisions()` finds the repository, reads each side (a revision, or the work tree
for the head), checks and plans both, and compares them. The reports turn the result
into Markdown for a pull-request comment, plain text or JSON.
"""

from __future__ import annotations

from dataclasses import dataclass

from roadmap.diffing.compare import Diff, compare
from roadmap.diffing.git import Repository, find_repository, inside
from roadmap.diffing.snapshot import Snapshot, at_revision, in_work_tree
from roadmap.errors import UserError
from roadmap.texts import say

WORK_TREE = "working tree"


@dataclass(frozen=True)
class DiffRequest:
    """What to compare: `base` and `head` revisions (head None: the work tree)."""

    base: str
    head: str | None = None
    data: str = "data"
    base_data: str | None = None


def diff_revisions(request: DiffRequest) -> Diff:
    """Check, plan and compare the data directory at two revisions.

    A data folder that one side lacks is a UserError naming the side and the path, so
    that a misspelt --data is not taken for a roadmap with no change.
    """
    repo = find_repository()
    directory = inside(repo, request.data)
    base_commit = repo.resolve(request.base)
    head_commit = repo.resolve(request.head) if request.head else None
    base_directory = _base_directory(repo, request, directory, base_commit, head_commit)
    head_label = request.head or WORK_TREE
    missing = [
        say("diff.no_folder", label=label, path=path or ".")
        for label, commit, path in (
            (request.base, base_commit, base_directory),
            (head_label, head_commit, directory),
        )
        if not _is_folder(repo, commit, path)
    ]
    if missing:
        raise UserError(say("diff.no_data", missing=" and ".join(missing), root=repo.root))
    if head_commit is None:
        head = in_work_tree(str(repo.root / directory), WORK_TREE, directory)
    else:
        head = at_revision(repo, head_commit, head_label, directory)
    base = at_revision(repo, base_commit, request.base, base_directory)
    return compare(base, head)


def _is_folder(repo: Repository, commit: str | None, path: str) -> bool:
    if commit is None:
        return (repo.root / path).is_dir()
    return not path or repo.kind(commit, path) == "tree"


def _base_directory(
    repo: Repository, request: DiffRequest, directory: str, base: str, head: str | None
) -> str:
    """Where the data was at the base: as given, as it is now, or where git saw it move."""
    if request.base_data is not None:
        return inside(repo, request.base_data)
    if any(name.endswith(".yaml") for name in repo.files(base, directory)):
        return directory
    moved = repo.renamed_from(base, head, directory)
    return directory if moved is None else moved


__all__ = ["WORK_TREE", "Diff", "DiffRequest", "Snapshot", "diff_revisions"]
