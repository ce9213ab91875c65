"""The rules page is generated from the docstrings and the examples, and the checked-in
copy is current."""

from __future__ import annotations

from pathlib import Path

from roadmap.checks import RULES
from roadmap.checks.docs import (
    EXAMPLES,
    LOADER_CODES,
    all_codes,
    documentation,
    plan_codes,
    rules_listing,
)
from roadmap.output.diagnostics import rules_markdown
from tests.conftest import ROOT, run_cli

RULES_PAGE = ROOT / "docs" / "rules.md"


def test_docs_rules_md_is_current() -> None:
    assert RULES_PAGE.read_text(encoding="utf-8") == rules_markdown(), (
        "docs/rules.md is stale; run `roadmap rules --markdown -o docs/rules.md`"
    )


def test_every_code_says_why_and_has_both_examples() -> None:
    for code in all_codes():
        assert code.doc.strip() and "Failing:" not in code.doc, code.code
        shown = EXAMPLES.get(code.code, {})
        assert list(shown) == ["failing", "passing"], f"examples.yaml: {code.code} {list(shown)}"
        assert all(example.strip() for example in shown.values()), code.code


def test_every_example_belongs_to_a_code() -> None:
    orphans = set(EXAMPLES) - {code.code for code in all_codes()}
    assert not orphans, f"examples.yaml has examples of no code: {sorted(orphans)}"


def test_documentation_puts_the_examples_after_the_reason() -> None:
    text = documentation(RULES["G201"])
    assert text.startswith(RULES["G201"].doc + "\n\nFailing:\n\n    actions:\n")
    assert "\n\nPassing:\n\n    actions:\n      - {id: A03, depends_on: [A01], ...}" in text


def test_codes_are_unique() -> None:
    codes = [c.code for c in all_codes()]
    assert len(codes) == len(set(codes)) == len(LOADER_CODES) + len(RULES)


def test_codes_follow_their_family_prefix_and_stage() -> None:
    families = {"R": {3}, "G": {4}, "T": {5}, "K": {5}, "M": {3, 5}, "Y": {1}, "S": {2}}
    for code in all_codes():
        assert int(code.stage) in families[code.code[0]], code.code
        assert code.code[1:].isdigit() and len(code.code) == 4, code.code


def test_markdown_fences_each_example_as_yaml() -> None:
    page = rules_markdown()
    assert page.count("```yaml") == 2 * len(all_codes())
    assert "### G202" in page and "| [G202](#g202) | error | 4 graph |" in page


def test_rules_command_lists_every_code() -> None:
    run = run_cli("rules")
    assert run.exit_code == 0
    assert run.stdout == rules_listing()
    assert len(run.stdout.splitlines()) == len(all_codes()) + len(plan_codes())
    assert "G202  graph          error    Dependency cycle" in run.stdout
    assert "P602  plan           error    An action runs past the end" in run.stdout


def test_rules_command_writes_the_markdown_page(tmp_path: Path) -> None:
    target = tmp_path / "rules.md"
    run = run_cli("rules", "--markdown", "-o", str(target))
    assert run.exit_code == 0, run.stderr
    assert run.stdout == ""
    assert target.read_text(encoding="utf-8") == rules_markdown()
    assert [p.name for p in target.parent.iterdir()] == ["rules.md"]
