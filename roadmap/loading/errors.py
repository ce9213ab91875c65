"""The signal by which the fast parser hands a file over to the PyYAML path."""

from __future__ import annotations


class OutsideSubsetError(Exception):
    """The text uses YAML that the fast parser leaves to the PyYAML path."""
