"""Reading a data directory out of git without touching the working tree. What the user
can fix (no git, no repository, an unknown revision) is a UserError."""

from __future__ import annotations

import os
import shutil
import subprocess
from collections import Counter
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from roadmap.errors import UserError
from roadmap.texts import say


@dataclass(frozen=True)
class Repository:
    """A git work tree, by its top-level directory."""

    root: Path

    def git(self, *args: str, check: bool = True) -> subprocess.CompletedProcess[bytes]:
        """Run git in the repository; raise UserError with git's message if it fails."""
        result = subprocess.run(
            ["git", "-C", str(self.root), *args],
            capture_output=True,
            check=False,
            env={**os.environ, "GIT_OPTIONAL_LOCKS": "0", "LC_ALL": "C"},
        )
        if check and result.returncode != 0:
            message = result.stderr.decode("utf-8", "replace").strip() or "git failed"
            raise UserError(f"git {args[0]}: {message}")
        return result

    def resolve(self, revision: str) -> str:
        """The commit id `revision` names, or UserError saying it names none."""
        if not revision or revision.startswith("-"):
            raise UserError(say("diff.not_revision", revision=revision))
        result = self.git("rev-parse", "--verify", "--quiet", f"{revision}^{{commit}}", check=False)
        if result.returncode != 0:
            raise UserError(say("diff.unknown_revision", revision=revision, root=self.root))
        return result.stdout.decode().strip()

    def files(self, commit: str, directory: str) -> dict[str, str]:
        """The files directly in `directory` at `commit`: name to object type (blob, ...)."""
        result = self.git("ls-tree", "-z", commit, "--", f"{directory}/" if directory else ".")
        found: dict[str, str] = {}
        for entry in filter(None, result.stdout.split(b"\0")):
            meta, _, path = entry.partition(b"\t")
            mode, kind, _obj = meta.decode().split(" ")
            name = PurePosixPath(path.decode("utf-8", "surrogateescape")).name
            found[name] = "link" if mode == "120000" else kind
        return found

    def read(self, commit: str, path: str) -> bytes:
        """The bytes of the file at `path` at `commit`."""
        return self.git("cat-file", "blob", f"{commit}:{path}").stdout

    def kind(self, commit: str, path: str) -> str | None:
        """The object type at `path` at `commit` (blob, tree), or None when nothing is there."""
        result = self.git("cat-file", "-t", f"{commit}:{path}", check=False)
        return result.stdout.decode().strip() if result.returncode == 0 else None

    def renamed_from(self, base: str, head: str | None, directory: str) -> str:
        """Where `directory`'s data files (`*.yaml`) were at `base` if git sees them
        renamed (`head` None: in the working tree), the most common origin winning;
        else `directory`."""
        revisions = [base] if head is None else [base, head]
        args = ("diff", "--name-status", "-z", "-M", "--diff-filter=R", "--no-color", *revisions)
        names = iter(self.git(*args).stdout.decode("utf-8", "surrogateescape").split("\0"))
        votes = Counter(
            str(PurePosixPath(old).parent)
            for _status, old, new in zip(names, names, names, strict=False)
            if str(PurePosixPath(new).parent) == (directory or ".") and new.endswith(".yaml")
        )
        if not votes:
            return directory
        best = max(sorted(votes), key=votes.__getitem__)
        return "" if best == "." else best


def find_repository() -> Repository:
    """The git repository that holds the working directory."""
    if shutil.which("git") is None:
        raise UserError(say("diff.no_git"))
    result = Repository(Path.cwd()).git("rev-parse", "--show-toplevel", check=False)
    if result.returncode != 0:
        raise UserError(say("diff.no_repository", cwd=Path.cwd()))
    return Repository(Path(result.stdout.decode().strip()).resolve())


def inside(repo: Repository, directory: str) -> str:
    """`directory`'s path inside `repo`: a relative one counts from the repository root,
    wherever the command runs, as paths in git do."""
    named = repo.root / directory
    for target in (Path(os.path.normpath(named)), Path(os.path.realpath(named))):
        if target.is_relative_to(repo.root):
            relative = target.relative_to(repo.root)
            return relative.as_posix() if relative.parts else ""
    raise UserError(say("diff.outside", directory=directory, root=repo.root))
