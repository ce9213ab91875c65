"""Printing for the CLI: colour where the terminal takes it, plain text elsewhere."""

from __future__ import annotations

import contextlib
import errno
import os
import sys
from typing import TYPE_CHECKING, Annotated, NoReturn

import typer

from roadmap.atomic import write_atomic
from roadmap.errors import UserError
from roadmap.texts import say

if TYPE_CHECKING:
    from roadmap.diagnostics import Diagnostic
    from roadmap.models import Dataset
    from roadmap.pipeline import Outcome
    from roadmap.planning import Plan, PlanOptions


Output = Annotated[
    str | None,
    typer.Option(
        "--output",
        "-o",
        metavar="FILE",
        help="Write to FILE (replaced atomically, its folders made) instead of standard output.",
    ),
]
"""The `-o FILE` option of every command that prints a report; pass it to `emit`."""


OUTPUT_ERRORS = {
    errno.EPIPE: "cli.broken_pipe",
    errno.ENOSPC: "cli.no_space",
    errno.EBADF: "cli.closed",
}
"""The errors of writing to standard output that the user, not the tool, must fix."""


def fail(message: str, *, output_lost: bool = False) -> NoReturn:
    """Exit 2 with one line on standard error; a lost standard output is pointed at the
    null device first, so that Python's last flush does not print a second error."""
    if output_lost:
        with contextlib.suppress(OSError, ValueError):
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, 1)
            sys.stdout = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115
    with contextlib.suppress(OSError):
        sys.stderr.write(f"roadmap: {message}\n")
        sys.stderr.flush()
    sys.exit(2)


def echo_diagnostics(text: str, output: str | None = None) -> None:
    """Write a text report, with severities coloured on a terminal."""
    if output not in (None, "-") or not sys.stdout.isatty():
        emit(text, output)
        return
    from rich.console import Console  # noqa: PLC0415
    from rich.text import Text  # noqa: PLC0415

    styled = Text(text)
    styled.highlight_regex(r"(?:\berror|грешка) [A-Z]\d{3}\b", "bold red")
    styled.highlight_regex(r"(?:\bwarning|предупреждение) [A-Z]\d{3}\b", "bold yellow")
    styled.highlight_regex(r"^\S.*\.ya?ml$", "bold")
    Console(highlight=False, soft_wrap=True).print(styled, end="")


def planned(
    directory: str,
    options: PlanOptions | None = None,
    *,
    refused: str = "cli.refused.plan",
) -> tuple[Outcome, Plan, Dataset]:
    """The pipeline's outcome for `directory`, its plan and data; when the data cannot be
    planned, stop with its errors, "so " + `refused`, and exit 2."""
    from roadmap.diagnostics import Severity  # noqa: PLC0415
    from roadmap.pipeline import run  # noqa: PLC0415

    outcome = run(directory, options)
    if outcome.plan is None or outcome.dataset is None:
        errors = [d for d in outcome.diagnostics if d.severity is Severity.ERROR]
        stop(errors, say("cli.refused", refused=say(refused)), 2)
    return outcome, outcome.plan, outcome.dataset


def stop(diagnostics: list[Diagnostic], why: str, code: int) -> NoReturn:
    """Print the findings that stop a command and then `why` on standard error, and exit
    with `code`."""
    from roadmap.output.diagnostics import diagnostics_text  # noqa: PLC0415

    sys.stderr.write(f"{diagnostics_text(diagnostics)}{why}\n")
    raise typer.Exit(code)


def emit(data: bytes | str, output: str | None) -> None:
    """Write `data` to the file `output` (replaced atomically, its folders made, never a
    folder), or to standard output when it is None or "-", through its encoding, so
    that one that cannot carry the text fails instead of printing mojibake."""
    if output is None or output == "-":
        try:
            sys.stdout.write(data if isinstance(data, str) else data.decode("utf-8"))
            sys.stdout.flush()
        except OSError as exc:  # out of Typer's reach, which would exit 1 on a broken pipe
            if exc.errno in OUTPUT_ERRORS:
                fail(say(OUTPUT_ERRORS[exc.errno]), output_lost=True)
            raise
        return
    if isinstance(data, str):
        data = data.encode("utf-8")
    if not output:
        raise UserError(say("cli.output_empty"))
    if os.path.isdir(output):
        raise UserError(say("cli.output_folder", output=output))
    parent = os.path.dirname(os.path.abspath(output))
    while not os.path.exists(parent):
        parent = os.path.dirname(parent)
    if not os.path.isdir(parent):
        raise UserError(say("cli.output_under_file", output=output, parent=parent))
    try:
        os.makedirs(os.path.dirname(os.path.abspath(output)), exist_ok=True)
        write_atomic(output, data)
    except OSError as exc:
        raise UserError(say("cli.cannot_write", output=output, reason=exc.strerror or exc)) from exc
