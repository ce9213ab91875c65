"""The one YAML reader: plain values and the position of every node, in one pass over
PyYAML's event stream.

PyYAML's parser (libyaml's C one; the pure-Python one where the C extension is not
built) turns the text into events. The values are built from them here, and in the same
pass a table from each node's path (`("actions", 3, "lead")`) to its line and column and
those of its key. PyYAML's constructors are not used, because here:

- a duplicate mapping key is an error (Y005); PyYAML keeps the last one;
- only the core tags are allowed (Y006), never `!!python/...`;
- plain scalars follow the YAML 1.2 core schema: `2021-03`, `no` and `2020-06-11` stay
  text; `true`, `null`, integers (`0o17` and `0x1F` too) and floats are resolved; a key
  that reads as a float, a boolean or null stays text;
- an alias gives the anchored value itself, never a copy, and aliases are bounded (Y007):
  a value may not contain itself, and a document whose aliases add more than
  MAX_EXPANDED_NODES values is an alias bomb;
- nesting is bounded (Y004), a collection as a key or a `<<` of anything but mappings
  is an error (Y009), and so is a number too large to hold (Y010).

A file gives at most one diagnostic: a syntax error wherever it is (Y001), else an alias
error, else the first other problem in the order of the text.
"""

from __future__ import annotations

import re

import yaml

from roadmap.diagnostics import Diagnostic, Severity
from roadmap.io.document import Document
from roadmap.io.reader import MAX_DEPTH, Problem, Reader
from roadmap.texts import say

__all__ = ["MAX_DEPTH", "Document", "read_yaml"]


def read_yaml(path: str, text: str) -> Document:
    """Parse `text` (the decoded file at `path`); problems are diagnostics in the result."""
    reader = Reader(Document(path))
    try:
        problem = reader.read(text)
    except yaml.MarkedYAMLError as exc:
        problem = _syntax_problem(text, exc)
    except yaml.YAMLError as exc:
        problem = ("Y004", say("yaml", problem=exc), 1, 1)
    if problem is None:
        return reader.doc
    code, message, line, column = problem
    return Document(path, problems=[Diagnostic(path, line, column, code, Severity.ERROR, message)])


def _syntax_problem(text: str, exc: yaml.MarkedYAMLError) -> Problem:
    mark = exc.problem_mark or exc.context_mark
    line, column = (mark.line + 1, mark.column + 1) if mark is not None else (1, 1)
    problem = exc.problem or "invalid YAML"
    if problem.startswith("exceeded maximum nesting depth"):
        # libyaml (bundled with PyYAML 6.0.3 and later) has a nesting limit of its own.
        message = say("Y004.libyaml", problem=problem)
        return ("Y004", message, line, column)
    lines = text.split("\n")
    source_line = lines[line - 1] if 0 < line <= len(lines) else ""
    if "\t" in source_line[: max(column, 1)] or "found character '\\t'" in problem:
        return ("Y001", say("tab"), line, column)
    if "mapping values are not allowed" in problem:  # a colon and a space inside a value
        match = re.match(r"\s*(?:-\s+)?([^:#\s][^:#]*?):\s+(.*\S)\s*$", source_line)
        if match and ": " in match.group(2):
            value = match.group(2).replace('"', '\\"')
            return ("Y001", say("quote", name=match.group(1), value=value), line, column)
    if exc.context:
        problem += f" ({exc.context})"
    return ("Y001", say("yaml", problem=problem), line, column)
