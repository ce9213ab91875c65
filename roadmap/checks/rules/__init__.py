"""The rules, one module per theme. Importing this package registers them all."""

from roadmap.checks.rules import references

__all__ = ["references"]
