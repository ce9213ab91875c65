"""`roadmap diff`: what a change to the data does to the roadmap, between git revisions.

`diff_revisions()` finds the repository, reads each side (a revision, or the work tree
for the head), checks and plans both, and compares them. The reports turn the result
into Markdown for a pull-request comment, plain text or JSON.
"""

from __future__ import annotations

from dataclasses import dataclass

from roadmap.diffing.compare import Diff, compare
from roadmap.diffing.git import Repository, find_repository
from roadmap.diffing.snapshot import Snapshot, at_revision, in_work_tree
from roadmap.errors import UserError

WORK_TREE = "working tree"


@dataclass(frozen=True)
class DiffRequest:
    """What to compare: `base` and `head` revisions (head None: the work tree)."""

    base: str
    head: str | None = None
    data: str = "data"
    base_data: str | None = None


def diff_revisions(request: DiffRequest) -> Diff:
    """Check, plan and compare the data directory at two revisions."""
    repo, directory = find_repository(request.data)
    base_commit = repo.resolve(request.base)
    head_commit = repo.resolve(request.head) if request.head else None
    if head_commit is None:
        head = in_work_tree(request.data, WORK_TREE, directory)
    else:
        head = at_revision(repo, head_commit, request.head or "", directory)
    base_directory = _base_directory(repo, request, directory, base_commit, head_commit)
    base = at_revision(repo, base_commit, request.base, base_directory)
    return compare(base, head)


def _base_directory(
    repo: Repository, request: DiffRequest, directory: str, base: str, head: str | None
) -> str:
    """Where the data was at the base: as given, as it is now, or where git saw it move."""
    if request.base_data is not None:
        other, inside = find_repository(request.base_data)
        if other.root != repo.root:
            raise UserError(
                f"--base-data {request.base_data} is in another git repository than "
                f"--data {request.data}"
            )
        return inside
    if any(name.endswith(".yaml") for name in repo.files(base, directory)):
        return directory
    moved = repo.renamed_from(base, head, directory)
    return directory if moved is None else moved


__all__ = ["WORK_TREE", "Diff", "DiffRequest", "Snapshot", "diff_revisions"]
