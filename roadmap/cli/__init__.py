"""The command line. Commands are thin: they parse options, call one core function and
turn its result into output and an exit code.

Heavy modules (pydantic, networkx, jinja2, rich) are imported inside the commands that
need them, so that `roadmap --help` and shell completion stay fast.
"""

from __future__ import annotations

import contextlib
import errno
import io
import os
import sys
from typing import TYPE_CHECKING, Any, NoReturn

from roadmap.errors import UserError

if TYPE_CHECKING:
    import typer


def application() -> typer.Typer:
    """The Typer application with every command registered on it."""
    # Each command module registers its commands on `app` when imported.
    from roadmap.cli import (  # noqa: F401, PLC0415
        check,
        diff,
        explain,
        export,
        init,
        plan,
        provenance,
        render,
        rules,
        schema,
        status,
    )
    from roadmap.cli.app import app  # noqa: PLC0415

    return app


def main() -> None:
    """Entry point of the `roadmap` console script.

    Typer exits 2 on usage errors. User errors print cleanly and exit 2, and so does an
    output that cannot take the report (closed, full, a broken pipe, an encoding that
    lacks its characters); anything else is a bug in the tool, which keeps its
    traceback and also exits 2 (spec section 3).
    """
    import typer  # noqa: PLC0415

    # click's base of usage errors, whether typer vendors click or depends on it
    click_error: type[Exception] = next(
        c for c in typer.BadParameter.__mro__ if c.__name__ == "ClickException"
    )
    from roadmap.cli.output import OutputLostError  # noqa: PLC0415

    if sys.stdout is None:  # started with standard output closed
        sys.stdout = _ClosedOutput()
    from roadmap.texts import language  # noqa: PLC0415

    try:
        with language("en"):  # until a command's --lang (or its default) says otherwise
            code = application()(standalone_mode=False)
        sys.stdout.flush()
    except click_error as exc:
        shown: Any = exc
        shown.show()
        sys.exit(shown.exit_code)
    except typer.Abort:
        _fail("aborted")
    except UserError as exc:
        _fail(str(exc))
    except UnicodeEncodeError as exc:
        _fail(
            f"the output encoding ({exc.encoding}) cannot show the text; set "
            "PYTHONIOENCODING=utf-8 or write it with -o FILE",
            output_lost=True,
        )
    except (OSError, OutputLostError) as exc:
        if exc.errno not in OUTPUT_ERRORS:
            _bug()
        _fail(f"cannot write the output: {OUTPUT_ERRORS[exc.errno]}", output_lost=True)
    except Exception:
        _bug()
    sys.exit(code if isinstance(code, int) else 0)


OUTPUT_ERRORS = {
    errno.EPIPE: "the reader closed the pipe (broken pipe)",
    errno.ENOSPC: "no space left on the device",
    errno.EBADF: "standard output is closed",
}
"""Errors of writing to standard output that the user, not the tool, must fix."""


class _ClosedOutput(io.TextIOBase):
    """Standard output when the process started without one: every write fails."""

    def write(self, text: str) -> int:
        raise OSError(errno.EBADF, OUTPUT_ERRORS[errno.EBADF])


def _fail(message: str, *, output_lost: bool = False) -> NoReturn:
    """Exit 2 with one line on standard error.

    When standard output failed, it is pointed at the null device first, so that
    Python's last flush at exit does not print a second error.
    """
    if output_lost:
        with contextlib.suppress(OSError, ValueError):
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, 1)
            sys.stdout = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115
    with contextlib.suppress(OSError):
        sys.stderr.write(f"roadmap: {message}\n")
        sys.stderr.flush()
    sys.exit(2)


def _bug() -> NoReturn:
    import traceback  # noqa: PLC0415

    traceback.print_exc()
    sys.stderr.write(
        "roadmap: this is a bug in roadmap, not in your data; please report it "
        "with the traceback above\n"
    )
    sys.exit(2)
