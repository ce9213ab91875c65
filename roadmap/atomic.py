"""Write files atomically: an interrupted run leaves the old file whole."""

from __future__ import annotations

import contextlib
import os
import stat
import tempfile


def write_atomic(path: str, data: bytes) -> None:
    """Replace `path` with `data`: write a temporary file beside it, then rename it.

    The rename is atomic on POSIX and Windows, so readers see the old file or the new
    one, never half of one. The new file gets the usual permissions (0666 less umask).
    A symbolic link is followed, so the file it names is replaced and the link stays;
    a device or a pipe (`/dev/null`, a FIFO) is written to in place, never replaced.
    """
    path = os.path.realpath(path)
    if os.path.exists(path) and not stat.S_ISREG(os.stat(path).st_mode):
        with open(path, "wb") as stream:
            stream.write(data)
        return
    directory = os.path.dirname(path)
    handle, temporary = tempfile.mkstemp(
        prefix=f".{os.path.basename(path)}.", suffix=".tmp", dir=directory
    )
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(temporary, 0o666 & ~umask)
        os.replace(temporary, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise
