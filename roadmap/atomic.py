"""Write files atomically: an interrupted run leaves the old file whole."""

from __future__ import annotations

import contextlib
import os
import stat
import tempfile


def write_atomic(path: str, data: bytes) -> None:
    """Replace `path` with `data` by renaming a temporary file written beside it, so that
    readers see the old file or the new one, never half; the new file gets 0666 less the
    umask. A link is followed (and stays); a device or a pipe is written in place."""
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
