"""`roadmap diff`: what a change to the data does to the roadmap, between git revisions;
`diff_revisions()` reads, checks, plans and compares both sides."""

from __future__ import annotations

from roadmap.diffing.compare import Diff, compare
from roadmap.diffing.git import Repository, find_repository, inside
from roadmap.diffing.snapshot import WORK_TREE, at_revision, in_work_tree
from roadmap.errors import UserError
from roadmap.texts import say


def diff_revisions(
    base: str, head: str | None = None, data: str = "data", base_data: str | None = None
) -> Diff:
    """Check, plan and compare `data` at `base` and at `head` (None: the work tree); at the
    base, the data is at `base_data`, else where it is now, else where git saw it move from.
    A data folder that one side lacks is a UserError naming the side and the path, so
    that a misspelt --data is not taken for a roadmap with no change."""
    repo = find_repository()
    directory = inside(repo, data)
    base_commit = repo.resolve(base)
    head_commit = repo.resolve(head) if head else None
    head_label = head or WORK_TREE
    if base_data is not None:
        base_directory = inside(repo, base_data)
    elif any(name.endswith(".yaml") for name in repo.files(base_commit, directory)):
        base_directory = directory
    else:
        base_directory = repo.renamed_from(base_commit, head_commit, directory)
    missing = [
        say("diff.no_folder", label=label, path=path or ".")
        for label, commit, path in (
            (base, base_commit, base_directory),
            (head_label, head_commit, directory),
        )
        if not _is_folder(repo, commit, path)
    ]
    if missing:
        raise UserError(say("diff.no_data", missing=" and ".join(missing), root=repo.root))
    if head_commit is None:
        after = in_work_tree(repo, directory)
    else:
        after = at_revision(repo, head_commit, head_label, directory)
    return compare(at_revision(repo, base_commit, base, base_directory), after)


def _is_folder(repo: Repository, commit: str | None, path: str) -> bool:
    if commit is None:
        return (repo.root / path).is_dir()
    return not path or repo.kind(commit, path) == "tree"


__all__ = ["Diff", "diff_revisions"]
