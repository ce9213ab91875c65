"""Compiled templates kept between runs, so that a render does not compile them again.

Compiling the dozen templates of the HTML page takes longer than rendering it. Jinja2
asks a bytecode cache before compiling; this one keeps each template's code in the
roadmap cache directory (roadmap.cache_home, never in the repository), under a header
naming the format, Python and Jinja2 versions and the SHA-1 checksum Jinja2 gives the
template's source. An edited template, another Python or another Jinja2 misses; an
entry that cannot be read or written is a miss, never an error. The entries are code
that Jinja2 runs, trusted as Python trusts its own __pycache__: they live in the user's
private cache directory (created 0700), never in a checkout that a pull request fills.
"""

from __future__ import annotations

import marshal
import sys

import jinja2
from jinja2.bccache import Bucket

from roadmap.cache_home import cache_dir, write_entry

_FORMAT = f"roadmap-templates-1|{sys.version}|{jinja2.__version__}|".encode()


class TemplateCache(jinja2.BytecodeCache):
    """A Jinja2 bytecode cache in `<cache dir>/templates`."""

    def __init__(self) -> None:
        self.directory = cache_dir() / "templates"

    def load_bytecode(self, bucket: Bucket) -> None:
        """Fill `bucket` with the stored code when its header matches, else leave it."""
        try:
            with open(self.directory / bucket.key, "rb") as handle:
                stored = handle.read()
        except OSError:
            return
        header = _FORMAT + bucket.checksum.encode() + b"\n"
        if not stored.startswith(header):
            return
        try:
            bucket.code = marshal.loads(stored[len(header) :])  # noqa: S302 (see docstring)
        except (EOFError, ValueError, TypeError):
            bucket.reset()

    def dump_bytecode(self, bucket: Bucket) -> None:
        """Store the compiled code of `bucket`, replacing the file atomically."""
        if bucket.code is None:
            return
        data = _FORMAT + bucket.checksum.encode() + b"\n" + marshal.dumps(bucket.code)
        write_entry(self.directory / bucket.key, lambda out: out.write(data))
