"""`roadmap render` and `roadmap export` through the real entry point."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from tests.conftest import CASES, ROOT, run_cli
from tests.tools.render_cases import SMALL

INVALID = CASES / "invalid" / "unknown_field"


def test_markdown_goes_to_standard_output_without_o() -> None:
    run = run_cli("render", str(SMALL), "--today", "2021-10")
    assert run.exit_code == 0, run.stderr
    assert run.stdout.startswith("# Small strategy\n")


def test_html_is_written_to_the_file_and_nothing_else_is_left(tmp_path: Path) -> None:
    out = tmp_path / "roadmap.html"
    run = run_cli("render", str(SMALL), "--format", "html", "-o", str(out), "--lang", "bg")
    assert run.exit_code == 0, run.stderr
    assert run.stdout == ""
    assert out.read_text(encoding="utf-8").startswith('<!DOCTYPE html>\n<html lang="bg">')
    assert [p.name for p in tmp_path.iterdir()] == ["roadmap.html"]


def test_bad_data_writes_nothing_and_keeps_the_old_file(tmp_path: Path) -> None:
    out = tmp_path / "roadmap.md"
    out.write_text("old roadmap\n", encoding="utf-8")
    run = run_cli("render", str(INVALID), "-o", str(out))
    assert run.exit_code == 2
    assert "S0" in run.stderr and "nothing was written" in run.stderr
    assert "Traceback" not in run.stderr
    assert out.read_text(encoding="utf-8") == "old roadmap\n"


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--today", "2021-13"], "--today takes a month"),
        (["-o", f"{SMALL}/actions.yaml/x.md"], "cannot write"),
        (["--as-of", "May"], "--as-of takes a month"),
        (["--today", "2022-01"], "not the month progress is known up to (2021-10)"),
    ],
)
def test_usage_errors_exit_2_with_a_message(args: list[str], message: str) -> None:
    run = run_cli("render", str(SMALL), *args)
    assert run.exit_code == 2
    assert message in run.stderr
    assert "Traceback" not in run.stderr


def test_as_of_re_plans_from_the_progress_known_by_then() -> None:
    run = run_cli("render", str(SMALL), "--as-of", "2021-06")
    assert run.exit_code == 0, run.stderr
    assert "| Progress as of | Jun 2021 |" in run.stdout
    a01 = next(line for line in run.stdout.splitlines() if line.startswith("| **A01**"))
    assert "| Mar 2021 | Aug 2021 |" in a01 and "| in progress | 40% |" in a01


def test_the_sofia_chart_names_far_dependencies_and_marks_the_as_of_line_alone() -> None:
    page = run_cli("render", str(ROOT / "data"), "-f", "html", "--as-of", "2024-06").stdout
    assert '<p class="chart-note">Re-planned from the progress known in Jun 2024' in page
    assert re.search(r'class="far-dep"[^>]*><title>Depends on: A04 Rank the action-plan', page)
    today = page[page.index('<g class="marker today">') :]
    today = today[: today.index("</g>")]
    assert "As of Jun 2024" in today and "milestone" not in today  # no diamond: deadlines'
    assert "Today" not in page.split('id="timeline"')[1].split("</section>")[0]


def test_an_unknown_language_is_a_usage_error() -> None:
    run = run_cli("render", str(SMALL), "--lang", "de")
    assert run.exit_code == 2


@pytest.mark.parametrize(
    ("fmt", "start"),
    [
        ("json", b"{\n"),
        ("csv", b"\xef\xbb\xbfid,title"),
        ("ics", b"BEGIN:VCALENDAR\r\n"),
        ("tjp", b"project small "),
        ("tjp-problem", b"# 4 actions of small, for tj3 to schedule"),
    ],
)
def test_every_export_format_writes_its_file(fmt: str, start: bytes, tmp_path: Path) -> None:
    out = tmp_path / f"plan.{fmt}"
    run = run_cli("export", str(SMALL), "--format", fmt, "-o", str(out))
    assert run.exit_code == 0, run.stderr
    assert out.read_bytes().startswith(start)
    again = run_cli("export", str(SMALL), "--format", fmt)
    assert again.exit_code == 0
    assert again.stdout.encode("utf-8") == out.read_bytes()


def test_export_refuses_bad_data() -> None:
    run = run_cli("export", str(INVALID), "--format", "csv")
    assert run.exit_code == 2
    assert run.stdout == ""


def _infeasible_case(tmp_path: Path) -> Path:
    """The small case with one city capacity, so that A02 misses its deadline."""
    case = tmp_path / "infeasible"
    shutil.copytree(SMALL, case)
    strategy = case / "strategy.yaml"
    strategy.write_text(strategy.read_text().replace("capacity: 2", "capacity: 1"))
    actions = case / "actions.yaml"
    text = actions.read_text(encoding="utf-8")
    text = text.replace(
        "lead: agency\n    participants: [city, uni]", "lead: city\n    participants: [uni]"
    )
    text = text.replace(
        "lead: uni\n    participants: [agency]\n    duration_months: 9",
        "lead: city\n    duration_months: 9\n    priority: {impact: 5, readiness: 5}",
    )
    actions.write_text(text, encoding="utf-8")
    return case


def test_an_infeasible_plan_still_renders_with_its_problems(tmp_path: Path) -> None:
    case = _infeasible_case(tmp_path)
    assert run_cli("plan", str(case)).exit_code == 1
    run = run_cli("render", str(case), "--today", "2021-10")
    assert run.exit_code == 1  # written, and failed as plan fails
    assert "error P601 A02 runs until" in run.stderr
    assert "the output was written, and lists them" in run.stderr
    assert "| Meets every constraint | no |" in run.stdout
    assert "| P601 | error | actions.yaml:" in run.stdout
    assert ":crit, milestone, d" in run.stdout
    html = run_cli("render", str(case), "-f", "html", "--today", "2021-10").stdout
    assert 'class="deadline missed"' in html
