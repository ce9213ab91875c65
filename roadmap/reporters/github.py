"""GitHub Actions workflow commands, one annotation per diagnostic."""

from __future__ import annotations

from roadmap.diagnostics import Diagnostic, Severity


def _escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(text: str) -> str:
    return _escape_data(text).replace(":", "%3A").replace(",", "%2C")


def github_report(diagnostics: list[Diagnostic]) -> str:
    """`::error file=F,line=L,col=C,title=CODE::message` lines."""
    lines = []
    for d in diagnostics:
        level = "error" if d.severity is Severity.ERROR else "warning"
        props = [f"file={_escape_property(d.file)}"]
        if d.line:
            props += [f"line={d.line}", f"col={d.column}"]
        props.append(f"title={_escape_property(d.code)}")
        lines.append(f"::{level} {','.join(props)}::{_escape_data(d.message)}")
    return "".join(line + "\n" for line in lines)
