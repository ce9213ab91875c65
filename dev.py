"""Set up and run the project with nothing installed beforehand but Python 3.11+.

    python3 dev.py plan    # make .venv, install roadmap, run `roadmap plan data/`
    python3 dev.py test    # make .venv, install roadmap with its test tools, run them all

Both commands create `.venv` on first use and reinstall only when pyproject.toml changes.
Extra arguments after `plan` go to `roadmap plan`.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
BIN = VENV / ("Scripts" if os.name == "nt" else "bin")


def _stamp(extra: str) -> str:
    digest = hashlib.sha256((ROOT / "pyproject.toml").read_bytes()).hexdigest()
    return f"{digest}:{extra}"


def ensure_venv(extra: str) -> None:
    """Create .venv and install the project (with `extra`) unless it is up to date."""
    if sys.version_info < (3, 11):  # noqa: UP036 (dev.py may run on an older Python)
        sys.exit("roadmap needs Python 3.11 or newer; this is " + sys.version.split()[0])
    marker = VENV / ".roadmap-install"
    wanted = _stamp(extra)
    if marker.exists() and marker.read_text() in (wanted, _stamp("test")):
        return
    if not (BIN / "python").exists() and not (BIN / "python.exe").exists():
        print("creating .venv ...", flush=True)
        venv.create(VENV, with_pip=True)
    target = f".[{extra}]" if extra else "."
    print(f"installing roadmap{f'[{extra}]' if extra else ''} into .venv ...", flush=True)
    run([str(BIN / "python"), "-m", "pip", "install", "--quiet", "--upgrade", "pip"])
    run([str(BIN / "python"), "-m", "pip", "install", "--quiet", "-e", target])
    marker.write_text(wanted)


def run(command: list[str]) -> None:
    """Run a command in the repository root; stop with its exit code if it fails."""
    result = subprocess.run(command, cwd=ROOT, check=False)
    if result.returncode != 0:
        sys.exit(result.returncode)


def test() -> int:
    """Run every check CI runs; report each and fail if any failed."""
    ensure_venv("test")
    python = str(BIN / "python")
    steps = [
        ("pytest", [python, "-m", "pytest", "-q", "-n", "auto", "--dist", "loadgroup"]),
        ("ruff check", [python, "-m", "ruff", "check", "."]),
        ("ruff format", [python, "-m", "ruff", "format", "--check", "."]),
        ("mypy", [python, "-m", "mypy"]),
        ("roadmap check data/", [str(BIN / "roadmap"), "check", "data/", "--strict"]),
    ]
    failed = []
    for name, command in steps:
        print(f"\n=== {name}", flush=True)
        if subprocess.run(command, cwd=ROOT, check=False).returncode != 0:
            failed.append(name)
    print()
    if failed:
        print("FAILED: " + ", ".join(failed))
        return 1
    print("all checks passed: " + ", ".join(name for name, _ in steps))
    return 0


def main() -> int:
    """Dispatch `plan` or `test`."""
    if len(sys.argv) < 2 or sys.argv[1] not in {"plan", "test"}:
        print(__doc__)
        return 2
    if sys.argv[1] == "test":
        return test()
    ensure_venv("")
    args = sys.argv[2:] or ["data/"]
    return subprocess.run([str(BIN / "roadmap"), "plan", *args], cwd=ROOT, check=False).returncode


if __name__ == "__main__":
    sys.exit(main())
