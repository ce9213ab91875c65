"""Reports of diagnostics, by format name (`DIAGNOSTIC_REPORTS`): text, the JSON of the
fixed interface, GitHub Actions annotations, and SARIF 2.1.0 with every known rule; paths
are URIs relative to `%SRCROOT%`. The same findings give the same bytes."""

from __future__ import annotations

import os
import re
from collections.abc import Callable
from itertools import groupby
from pathlib import PurePath
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import roadmap
from roadmap.diagnostics import Diagnostic, Severity, count
from roadmap.output.json_reports import dumps
from roadmap.output.printable import printable
from roadmap.texts import counted, current, label, noun

if TYPE_CHECKING:
    from roadmap.checks.registry import Rule

SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
SARIF_VERSION = "2.1.0"
SRCROOT = "%SRCROOT%"


def diagnostics_text(diagnostics: list[Diagnostic]) -> str:
    """Diagnostics grouped by file, one `file:line:col` line each, then the summary."""
    lang = current()  # the language the messages were given in
    word = {severity: noun(1, severity, lang) for severity in Severity}
    out: list[str] = []
    for file, group in groupby(diagnostics, key=lambda d: d.file):
        shown = printable(file)
        out.append(shown)
        for d in group:
            where = f"{shown}:{d.line}:{d.column}" if d.line else shown
            out.append(f"  {where}: {word[d.severity]} {d.code} {printable(d.message)}")
        out.append("")
    out.append(summary(diagnostics))
    return "\n".join(out) + "\n"


def summary(diagnostics: list[Diagnostic]) -> str:
    """`2 errors, 1 warning` or `no problems found`."""
    errors = count(diagnostics, Severity.ERROR)
    warnings = count(diagnostics, Severity.WARNING)
    lang = current()  # the language the messages were given in
    if not errors and not warnings:
        return label("no_problems", lang)
    return f"{counted(errors, 'error', lang)}, {counted(warnings, 'warning', lang)}"


def diagnostics_json(diagnostics: list[Diagnostic]) -> str:
    """`{"diagnostics": [...], "errors": N, "warnings": N}` (spec section 8)."""
    return dumps(
        {
            "diagnostics": [d.as_dict() for d in diagnostics],
            "errors": count(diagnostics, Severity.ERROR),
            "warnings": count(diagnostics, Severity.WARNING),
        }
    )


def _escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(text: str) -> str:
    return _escape_data(text).replace(":", "%3A").replace(",", "%2C")


def diagnostics_github(diagnostics: list[Diagnostic]) -> str:
    """`::error file=F,line=L,col=C,title=CODE::message` lines."""
    lines = []
    for d in diagnostics:
        props = [f"file={_escape_property(d.file)}"]
        if d.line:
            props += [f"line={d.line}", f"col={d.column}"]
        props.append(f"title={_escape_property(d.code)}")
        lines.append(f"::{d.severity} {','.join(props)}::{_escape_data(d.message)}")
    return "".join(line + "\n" for line in lines)


def rules_markdown() -> str:
    """docs/rules.md: every code with its documentation and examples, as
    templates/rules.md.j2 lays them out."""
    from roadmap.checks.docs import rules_page  # noqa: PLC0415
    from roadmap.output.render import environment  # noqa: PLC0415

    return environment().get_template("rules.md.j2").render(rules_page())


def diagnostics_sarif(diagnostics: list[Diagnostic]) -> str:
    """A SARIF log with one run: the catalogue of codes (as docs/rules.md lists them) and
    one result per diagnostic. A code outside the catalogue is the planner's (stage 6)."""
    from roadmap.checks.docs import all_codes  # noqa: PLC0415
    from roadmap.checks.registry import Rule, Stage  # noqa: PLC0415

    rules = all_codes()
    for code in sorted({d.code for d in diagnostics} - {r.code for r in rules}):
        severity = next(d.severity for d in diagnostics if d.code == code)
        rules.append(Rule(code, code, Stage.PLAN, severity, ""))
    index = {r.code: i for i, r in enumerate(rules)}
    driver = {
        "name": "roadmap",
        "version": roadmap.__version__,
        "semanticVersion": roadmap.__version__,
        "rules": [_descriptor(r) for r in rules],
    }
    run = {
        "tool": {"driver": driver},
        "columnKind": "unicodeCodePoints",
        "results": [_result(d, index[d.code]) for d in diagnostics],
    }
    return dumps({"$schema": SARIF_SCHEMA, "version": SARIF_VERSION, "runs": [run]})


def _descriptor(rule: Rule) -> dict[str, Any]:
    """A rule's SARIF record; its help is the documentation of docs/rules.md."""
    from roadmap.checks.docs import EXAMPLES, documentation  # noqa: PLC0415

    stage = rule.stage.name.lower()
    words = re.findall(r"[A-Za-z0-9]+", rule.title)
    help_ = {"text": rule.title}
    if rule.doc:
        examples = EXAMPLES[rule.code].items()
        fenced = [f"{label.title()}:\n\n```yaml\n{text}```" for label, text in examples]
        markdown = "\n\n".join([f"**{rule.code}: {rule.title}**", rule.doc, *fenced])
        help_ = {"text": documentation(rule), "markdown": markdown}
    return {
        "id": rule.code,
        "name": "".join(w[:1].upper() + w[1:] for w in words) or "Rule",
        "shortDescription": {"text": rule.title},
        "fullDescription": {"text": " ".join(rule.doc.split("\n\n", 1)[0].split()) or rule.title},
        "defaultConfiguration": {"level": rule.severity.value},
        "properties": {"stage": stage, "tags": ["roadmap", stage]},
        "help": help_,
    }


def _result(diagnostic: Diagnostic, rule_index: int) -> dict[str, Any]:
    location: dict[str, Any] = {
        "artifactLocation": {"uri": file_uri(diagnostic.file), "uriBaseId": SRCROOT}
    }
    if diagnostic.line > 0:
        location["region"] = {
            "startLine": diagnostic.line,
            "startColumn": max(diagnostic.column, 1),
        }
    return {
        "ruleId": diagnostic.code,
        "ruleIndex": rule_index,
        "level": diagnostic.severity.value,
        "message": {"text": diagnostic.message},
        "locations": [{"physicalLocation": location}],
    }


def file_uri(path: str) -> str:
    """A relative URI for `path`: against the working directory, `/`-separated, escaped.

    An absolute path outside the working directory stays absolute (`file:///...`),
    because a relative URI climbing out of the checkout would point at nothing.
    """
    pure = PurePath(path)
    if pure.is_absolute():
        try:
            pure = PurePath(os.path.relpath(pure, os.getcwd()))
        except ValueError:
            return PurePath(path).as_uri()
        if pure.parts and pure.parts[0] == "..":
            return PurePath(path).as_uri()
    parts = [p for p in pure.parts if p != "."]
    return "/".join(quote(p, safe="") for p in parts) or "."


DIAGNOSTIC_REPORTS: dict[str, Callable[[list[Diagnostic]], str]] = {
    "text": diagnostics_text,
    "json": diagnostics_json,
    "github": diagnostics_github,
    "sarif": diagnostics_sarif,
}
"""The formats of `roadmap check`, by name."""
