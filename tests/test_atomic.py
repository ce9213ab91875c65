"""Atomic writes leave either the old file or the new one, never a torn one."""

from __future__ import annotations

import errno
import os
import stat
import threading
from pathlib import Path

import pytest

from roadmap.atomic import write_atomic


def test_write_replaces_content_and_leaves_no_temporary(tmp_path: Path) -> None:
    target = tmp_path / "out.json"
    target.write_text("old", encoding="utf-8")
    write_atomic(str(target), "new ✓\n".encode())
    assert target.read_text(encoding="utf-8") == "new ✓\n"
    assert [p.name for p in tmp_path.iterdir()] == ["out.json"]


def test_failed_write_keeps_the_old_file(tmp_path: Path) -> None:
    target = tmp_path / "out.json"
    target.write_text("old", encoding="utf-8")
    with pytest.raises(TypeError):
        write_atomic(str(target), "text is not bytes")  # type: ignore[arg-type]
    assert target.read_text(encoding="utf-8") == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["out.json"]


def test_the_new_file_gets_the_usual_permissions(tmp_path: Path) -> None:
    target = tmp_path / "out.txt"
    write_atomic(str(target), "новото".encode())
    umask = os.umask(0)
    os.umask(umask)
    assert target.stat().st_mode & 0o777 == 0o666 & ~umask


def test_a_write_that_fails_on_disk_keeps_the_old_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "out.txt"
    target.write_text("old")

    def disk_full(_fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", disk_full)
    with pytest.raises(OSError, match="No space"):
        write_atomic(str(target), b"new")
    assert target.read_text() == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["out.txt"]


def test_a_symbolic_link_keeps_pointing_at_the_file_it_names(tmp_path: Path) -> None:
    (tmp_path / "target.md").write_bytes(b"old")
    (tmp_path / "link.md").symlink_to("target.md")
    write_atomic(str(tmp_path / "link.md"), b"new")
    assert (tmp_path / "link.md").is_symlink()
    assert (tmp_path / "target.md").read_bytes() == b"new"


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX only")
def test_a_pipe_is_written_to_and_never_replaced(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    received: list[bytes] = []
    reader = threading.Thread(target=lambda: received.append(fifo.read_bytes()))
    reader.start()
    write_atomic(str(fifo), b"through the pipe")
    reader.join(timeout=10)
    assert received == [b"through the pipe"]
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode)


def test_a_device_that_cannot_take_it_reports_the_error(tmp_path: Path) -> None:
    full = tmp_path / "full"  # a copy of /dev/full, so that a fault harms nothing real
    try:
        os.mknod(full, 0o666 | stat.S_IFCHR, os.makedev(1, 7))
    except (OSError, AttributeError):
        pytest.skip("making a device node needs root on Linux")
    with pytest.raises(OSError) as caught:
        write_atomic(str(full), b"x" * 100_000)
    assert caught.value.errno == errno.ENOSPC
    assert stat.S_ISCHR(os.lstat(full).st_mode)
