"""Errors the user can fix. Anything else that escapes is a bug in the tool."""

from __future__ import annotations


class UserError(Exception):
    """A problem with the command line or the environment that the user can fix: the CLI
    prints its message without a traceback and exits 2."""
