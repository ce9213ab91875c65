"""Text reports: diagnostics grouped by file with a summary; rich tables that wrap."""

from __future__ import annotations

import io
import re

import pytest

from roadmap.diagnostics import Diagnostic, Severity
from roadmap.monitoring.result import ACTION_STATES
from roadmap.monitoring.status import status
from roadmap.months import parse_month
from roadmap.output.diagnostics import diagnostics_text, summary
from roadmap.output.status_page import status_page
from roadmap.output.text import render_text, status_text, table
from roadmap.pipeline import run
from roadmap.texts import labels, noun
from tests.conftest import ROOT, run_cli
from tests.monitoring.factory import action, dataset, plan


def test_grouped_by_file_with_positions_and_summary() -> None:
    report = diagnostics_text(
        [
            Diagnostic("d/actions.yaml", 0, 0, "Y000", Severity.ERROR, "missing"),
            Diagnostic("d/goals.yaml", 3, 9, "K401", Severity.WARNING, "no KPI"),
            Diagnostic("d/goals.yaml", 5, 1, "R103", Severity.ERROR, "unknown area"),
        ]
    )
    assert report == (
        "d/actions.yaml\n"
        "  d/actions.yaml: error Y000 missing\n"
        "\n"
        "d/goals.yaml\n"
        "  d/goals.yaml:3:9: warning K401 no KPI\n"
        "  d/goals.yaml:5:1: error R103 unknown area\n"
        "\n"
        "2 errors, 1 warning\n"
    )


def test_summary_wording() -> None:
    one = Diagnostic("f", 1, 1, "R101", Severity.ERROR, "x")
    warn = Diagnostic("f", 1, 1, "R109", Severity.WARNING, "x")
    assert summary([]) == "no problems found"
    assert summary([one]) == "1 error, 0 warnings"
    assert summary([warn, warn]) == "0 errors, 2 warnings"
    assert diagnostics_text([]) == "no problems found\n"


class Terminal(io.StringIO):
    """A stream that says it is a terminal."""

    def isatty(self) -> bool:
        return True


def test_text_is_coloured_only_for_a_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("FORCE_COLOR", raising=False)
    monkeypatch.delenv("NO_COLOR", raising=False)
    monkeypatch.setenv("TERM", "xterm-256color")
    data = dataset([action("A1", title="[bold]not markup[/bold]")])
    result = status(data, plan(A1=("2021-03", "2021-09")), parse_month("2021-10"))
    parts = status_text(status_page(result, data, "en"))
    plain = render_text(parts)
    assert "\x1b[" not in plain
    assert "\x1b[" in render_text(parts, Terminal())
    assert "\x1b[" not in render_text(parts, io.StringIO())
    assert "late" in plain
    assert "[bold]not markup[/bold]" in plain
    assert all(line == line.rstrip() for line in plain.splitlines())


@pytest.mark.parametrize("width", [120, 60, 30])
def test_a_table_too_wide_wraps_its_cells_and_keeps_every_column(
    width: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("roadmap.output.text.WIDTH", width)
    grid = table(["Id", "Name", ">Cost", ">Count", "Lights"])
    for n in range(3):
        grid.add_row(f"OG{n}", "a long name " * 8, "€3,400,000", str(n), "1 amber · 1 no data")
    lines = render_text([grid]).splitlines()
    assert lines[0].split() == ["Id", "Name", "Cost", "Count", "Lights"]
    assert len(lines[1].split()) == 5
    assert set(lines[1]) == {"─", " "}
    assert all(len(line) <= width for line in lines)
    shown = "".join(lines)
    assert shown.count("OG") == shown.count("€3,4") == shown.count("amber") == 3


def _headers(lang: str) -> list[str]:
    """Every column header of the status report in `lang`; a header may wrap between
    its words, never inside one."""
    lab = labels(lang)
    keys = "id action lead mon_planned expected done_pct state why kpi goal baseline target"
    keys += " latest progress light cancelled_count kpi_mean cost item amount"
    states = [noun(2, f"state_{s}", lang) for s in ACTION_STATES]
    return [lab[k] for k in keys.split()] + states


@pytest.mark.parametrize("lang", ["en", "bg"])
def test_piped_status_keeps_every_column_header_whole(
    lang: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("COLUMNS", "80")
    run = run_cli("status", str(ROOT / "data"), "--lang", lang)
    assert run.exit_code == 0, run.stderr
    words = {w for h in _headers(lang) for w in h.split()}
    assert words - set(re.findall(r"\S+", run.stdout)) == set()


def test_an_80_column_terminal_keeps_every_column_and_header_word(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("COLUMNS", "80")
    monkeypatch.setenv("NO_COLOR", "1")
    outcome = run(str(ROOT / "data"))
    data, planned = outcome.dataset, outcome.plan
    assert data is not None and planned is not None and data.progress is not None
    result = status(data, planned, parse_month(data.progress.as_of))
    text = render_text(status_text(status_page(result, data, "en")), Terminal())
    text = re.sub(r"\x1b\[[0-9;]*m", "", text)
    assert max(len(line) for line in text.splitlines()) <= 80
    words = {w for h in _headers("en") for w in h.split()}
    assert words - set(re.findall(r"\S+", text)) == set()
