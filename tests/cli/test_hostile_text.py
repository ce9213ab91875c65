"""Nothing from the data reaches text output raw: control characters, ANSI and OSC
escapes, bidi controls and workflow commands in keys, ids and titles show escaped."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from tests.conftest import CASES, run_cli

EXAMPLE = CASES / "valid" / "spec_example"
HOSTILE = (
    r"\e[31mred\e]8;;http://x.invalid\alink\e]0;title\a\u202eevil\u2066\x85\x7f\t\r\n::error::pwned"
)
RAW = re.compile("[\x00-\x09\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def _data(tmp_path: Path, key: str) -> Path:
    data = tmp_path / "data"
    shutil.copytree(EXAMPLE, data)
    actions = data / "actions.yaml"
    text = actions.read_text(encoding="utf-8")
    text = text.replace('title: {en: "Open-data platform"}', f'title: {{en: "{HOSTILE}"}}')
    if key:
        text = text.replace("    lead: city\n", f'    lead: city\n    "{key}": 1\n', 1)
    actions.write_text(text, encoding="utf-8")
    return data


def _assert_safe(output: str) -> None:
    assert not RAW.search(output), RAW.findall(output)
    assert not any(line.lstrip(" ").startswith("::") for line in output.splitlines())


@pytest.mark.parametrize(
    "args",
    [["check"], ["plan"], ["explain", "A01"], ["explain", "A02"], ["status", "--as-of", "2022-01"]],
    ids=lambda args: args[0] + ("-" + args[1] if args[0] == "explain" else ""),
)
def test_hostile_titles_are_escaped(tmp_path: Path, args: list[str]) -> None:
    data = _data(tmp_path, "")
    run = run_cli(args[0], str(data), *args[1:])
    assert run.exit_code in {0, 1}, run.stderr
    _assert_safe(run.stdout)
    _assert_safe(run.stderr)
    if args[0] in {"plan", "status"} or args[1:] == ["A01"]:
        assert r"\x1b[31mred" in run.stdout, "the title is there, escaped"


def test_hostile_keys_are_escaped(tmp_path: Path) -> None:
    data = _data(tmp_path, HOSTILE)
    run = run_cli("check", str(data))
    assert run.exit_code == 1
    assert r"\x1b[31mred" in run.stdout
    _assert_safe(run.stdout)
    for command in ("plan", "status"):
        refused = run_cli(command, str(data))
        assert refused.exit_code == 2
        _assert_safe(refused.stderr)
