"""Reading a data directory out of git without touching the working tree.

Everything goes through the `git` command (`rev-parse`, `ls-tree`, `cat-file`, `diff`),
run in the repository that contains the data directory. Problems the user can fix (no
git, not a repository, an unknown revision) raise UserError with a clear message.
"""

from __future__ import annotations

import os
import shutil
import subprocess
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
        spec = f"{directory}/" if directory else ""
        result = self.git("ls-tree", "-z", commit, "--", spec or ".")
        found: dict[str, str] = {}
        for entry in result.stdout.split(b"\0"):
            if not entry:
                continue
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

    def renamed_from(self, base: str, head: str | None, directory: str) -> str | None:
        """Where `directory`'s data files were at `base`, if git sees them as renamed.

        `head` None compares with the working tree. Only data files (`*.yaml`) count,
        and the directory they came from most often wins.
        """
        args = ["diff", "--name-status", "-z", "-M", "--no-color", base]
        if head is not None:
            args.append(head)
        fields = self.git(*args).stdout.decode("utf-8", "surrogateescape").split("\0")
        votes: dict[str, int] = {}
        i = 0
        while i < len(fields) and fields[i]:
            status = fields[i]
            if status.startswith(("R", "C")):
                old, new = fields[i + 1], fields[i + 2]
                i += 3
                if str(PurePosixPath(new).parent) == (directory or ".") and new.endswith(".yaml"):
                    parent = str(PurePosixPath(old).parent)
                    votes[parent] = votes.get(parent, 0) + 1
            else:
                i += 2
        if not votes:
            return None
        best = max(sorted(votes), key=lambda d: votes[d])
        return "" if best == "." else best


def find_repository() -> Repository:
    """The git repository that holds the working directory."""
    if shutil.which("git") is None:
        raise UserError(say("diff.no_git"))
    result = subprocess.run(
        ["git", "rev-parse", "--show-toplevel"], capture_output=True, check=False
    )
    if result.returncode != 0:
        raise UserError(say("diff.no_repository", cwd=Path.cwd()))
    return Repository(Path(result.stdout.decode().strip()).resolve())


def inside(repo: Repository, directory: str) -> str:
    """`directory`'s path inside `repo`: a relative one counts from the repository root,
    wherever the command runs, as paths in git do."""
    target = Path(os.path.normpath(repo.root / directory))
    try:
        relative = target.relative_to(repo.root)
    except ValueError:
        try:
            relative = Path(os.path.realpath(target)).relative_to(repo.root)
        except ValueError as exc:
            raise UserError(say("diff.outside", directory=directory, root=repo.root)) from exc
    return relative.as_posix() if relative.parts else ""
