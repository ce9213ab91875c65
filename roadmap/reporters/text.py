"""The text report: diagnostics grouped by file, one `file:line:col` line each.

The output is plain text, so that it reads the same in a terminal and in a CI log; the
CLI adds colour through rich where the terminal supports it.
"""

from __future__ import annotations

from itertools import groupby

from roadmap.diagnostics import Diagnostic, Severity, count


def text_report(diagnostics: list[Diagnostic]) -> str:
    """A human report with a summary line at the end."""
    out: list[str] = []
    for file, group in groupby(diagnostics, key=lambda d: d.file):
        out.append(file)
        for d in group:
            where = f"{file}:{d.line}:{d.column}" if d.line else file
            out.append(f"  {where}: {d.severity} {d.code} {d.message}")
        out.append("")
    out.append(summary(diagnostics))
    return "\n".join(out) + "\n"


def summary(diagnostics: list[Diagnostic]) -> str:
    """`2 errors, 1 warning` or `no problems found`."""
    errors = count(diagnostics, Severity.ERROR)
    warnings = count(diagnostics, Severity.WARNING)
    if not errors and not warnings:
        return "no problems found"
    return f"{errors} error{'s' * (errors != 1)}, {warnings} warning{'s' * (warnings != 1)}"
