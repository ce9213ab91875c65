"""Where roadmap keeps its caches (never inside the repository), and how an entry is
written and the folder kept bounded, for every cache: files, replays, templates.

The caches stay outside the repository because an entry committed by a pull request
could make `roadmap check` in CI report a forged result. Standard library only: the
replay of a command looks here before any other import, and `roadmap check` reads its
stored findings through `read_keyed` without importing pydantic (roadmap.check_store).
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import os
import struct
import sys
from pathlib import Path

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing on a replay
if TYPE_CHECKING:
    from collections.abc import Callable
    from typing import BinaryIO

_LIBRARY_VERSIONS = (
    ("pydantic", "version.py"),
    ("yaml", "__init__.py"),
    ("networkx", "__init__.py"),
)
"""Each library whose version enters the code fingerprint, and its file that names it."""
FORMAT = b"roadmap-cache-2\n"
"""The first line of every entry of the file cache (roadmap.loading.cache)."""
_PACKAGE = Path(__file__).resolve().parent


def cache_dir() -> Path:
    """`$ROADMAP_CACHE_DIR`, else `$XDG_CACHE_HOME/roadmap`, else `~/.cache/roadmap`."""
    chosen = os.environ.get("ROADMAP_CACHE_DIR")
    if chosen:
        return Path(chosen)
    xdg = os.environ.get("XDG_CACHE_HOME")
    base = Path(xdg) if xdg and os.path.isabs(xdg) else Path.home() / ".cache"
    return base / "roadmap"


def write_entry(path: Path, write: Callable[[BinaryIO], object]) -> bool:
    """Replace the cache entry `path` with what `write` writes; False when it cannot.

    The directory is created private (0700) and the entry appears whole or not at all
    (a temporary file beside it, then a rename). Unlike roadmap.atomic.write_atomic,
    which writes the user's files, nothing is synced to disk: a lost entry only costs
    the work again. Errors other than OSError from `write` still propagate, after the
    temporary file is removed.
    """
    import tempfile  # noqa: PLC0415 (only a writing run needs it; a replay does not)

    temp = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        handle, temp = tempfile.mkstemp(dir=path.parent, prefix=".entry-")
        with os.fdopen(handle, "wb") as out:
            write(out)
        os.replace(temp, path)
        temp = None
    except OSError:
        return False
    finally:
        if temp is not None:
            with contextlib.suppress(OSError):
                os.unlink(temp)
    return True


def prune(directory: Path, suffixes: tuple[str, ...], limit: int) -> None:
    """Past `limit` entries with one of `suffixes`, remove the least recently written
    quarter of them (entries of moved data, temporary checkouts, old code)."""
    try:
        entries = [p for p in directory.iterdir() if p.suffix in suffixes]
        if len(entries) <= limit:
            return
        entries.sort(key=lambda p: p.stat().st_mtime_ns)
        for stale in entries[: len(entries) - limit * 3 // 4]:
            stale.unlink(missing_ok=True)
    except OSError:
        return


@functools.cache
def source_files() -> list[tuple[str, str, int, int]]:
    """Folder, name, size and modification time of every file of the package and its
    templates, for the replay key and the cache's code fingerprint.

    A file that cannot be looked at (a dangling link, such as an editor's lock file, or
    one removed since the walk saw it) is listed with size and time -1.
    """
    files: list[tuple[str, str, int, int]] = []
    for root in _code_roots():
        for folder, dirs, names in os.walk(root):
            dirs[:] = sorted(d for d in dirs if d != "__pycache__")
            for name in sorted(names):
                try:
                    stat = os.stat(os.path.join(folder, name))
                except OSError:
                    files.append((folder, name, -1, -1))
                else:
                    files.append((folder, name, stat.st_size, stat.st_mtime_ns))
    return files


def _code_roots() -> list[str]:
    """The package directory and, when it lives elsewhere (an editable install), the
    templates directory."""
    roots = [str(_PACKAGE)]
    templates = _PACKAGE / "templates"
    if not templates.is_dir():
        from importlib.util import find_spec  # noqa: PLC0415

        spec = find_spec("roadmap.templates")
        if spec is not None and spec.submodule_search_locations:
            roots.extend(sorted(spec.submodule_search_locations))
    return roots


@functools.cache
def code_fingerprint() -> bytes:
    """A digest of everything that shapes a cached entry: the content of every Python
    file of roadmap (as source_files lists them), Python's version, and the versions of
    the libraries that read and judge the data (pydantic, PyYAML, networkx).

    Contents, not sizes and times as the replay key takes them: stored models and
    findings outlive a copy that keeps the times (`cp -p`, `rsync -a`, an archive), and
    reading the files costs a few milliseconds on a run that computes anyway. Each
    library's version is read from the file that names it (pydantic's `version.py`
    names pydantic-core's too), not imported, so that a check answered from the cache
    loads none of them. A PyYAML upgrade can change a finding: 6.0.3 brought libyaml's
    own nesting limit.
    """
    from importlib.util import find_spec  # noqa: PLC0415

    from roadmap import __version__  # noqa: PLC0415

    digest = hashlib.sha256(FORMAT)
    digest.update(f"{__version__}|{sys.version}".encode())
    for package, named_in in _LIBRARY_VERSIONS:
        spec = find_spec(package)
        if spec is not None and spec.origin is not None:
            with contextlib.suppress(OSError):
                digest.update(Path(spec.origin).with_name(named_in).read_bytes())
    for folder, name, _size, _mtime in source_files():
        if not name.endswith(".py"):
            continue
        path = os.path.join(folder, name)
        digest.update(path.encode("utf-8", "surrogateescape") + b"\0")
        try:
            with open(path, "rb") as source:
                digest.update(hashlib.sha256(source.read()).digest())
        except OSError:
            digest.update(b"unreadable")
    return digest.digest()


def keyed_entry(
    directory: Path, kind: str, path: str, digest: bytes, part: str
) -> tuple[Path, bytes]:
    """Where the `part` entry of the file `path` of `kind` lives, and the header it
    must start with: format, code fingerprint, the content's `digest`, kind, real path.
    """
    where = os.path.realpath(path).encode("utf-8", "surrogateescape")
    named = kind.encode("utf-8", "surrogateescape")
    name = hashlib.sha256(code_fingerprint() + named + b"\0" + where).hexdigest()
    header = b"".join(
        (FORMAT, code_fingerprint(), digest, struct.pack(">II", len(named), len(where)))
    )
    return directory / f"{name[:40]}.{part}", header + named + where


def read_keyed(directory: Path, kind: str, path: str, digest: bytes, part: str) -> bytes | None:
    """The payload of the entry for these exact bytes (`digest`) and code, or None."""
    entry, header = keyed_entry(directory, kind, path, digest, part)
    try:
        with open(entry, "rb") as handle:
            data = handle.read()
    except OSError:
        return None
    if not data.startswith(header):
        return None
    return data[len(header) :]
