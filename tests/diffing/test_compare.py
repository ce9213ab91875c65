"""The comparison core, on hand-made snapshots and plans."""

from __future__ import annotations

from roadmap.diagnostics import Diagnostic, Severity
from roadmap.diffing.compare import compare
from roadmap.diffing.snapshot import Snapshot
from roadmap.planning.result import Placement, Plan


def _plan(*placements: tuple[str, int, int, str], path: tuple[str, ...] = ()) -> Plan:
    placed = tuple(
        Placement(i, s, f, p, 0, i in path, s, 0.0)  # type: ignore[arg-type]
        for i, s, f, p in placements
    )
    return Plan(0, 60, placed, path, max(p.finish for p in placed))


def _side(label: str, plan: Plan | None, *diagnostics: Diagnostic) -> Snapshot:
    titles = {p.id: p.id.lower() for p in plan.placements} if plan else {"X": "x"}
    return Snapshot(label, "data", diagnostics=list(diagnostics), plan=plan, titles=titles)


def test_a_finding_that_only_moved_lines_is_neither_new_nor_resolved() -> None:
    before = Diagnostic("old/actions.yaml", 10, 3, "R101", Severity.ERROR, "duplicate A01")
    after = Diagnostic("data/actions.yaml", 14, 3, "R101", Severity.ERROR, "duplicate A01")
    extra = Diagnostic("data/goals.yaml", 2, 1, "R102", Severity.ERROR, "unknown area")
    diff = compare(_side("base", None, before), _side("head", None, after, extra))
    assert diff.new_diagnostics == [extra]
    assert diff.resolved_diagnostics == []


def test_moves_and_critical_path_come_from_the_plans() -> None:
    base = _side("base", _plan(("A", 0, 6, "short"), ("B", 6, 18, "short"), path=("A", "B")))
    head = _side("head", _plan(("A", 0, 6, "short"), ("B", 12, 24, "medium"), path=("B",)))
    diff = compare(base, head)
    [moved] = diff.moved
    assert moved.id == "B" and moved.before is not None and moved.after is not None
    assert (moved.before.start, moved.before.finish, moved.before.phase) == (6, 18, "short")
    assert (moved.after.start, moved.after.finish, moved.after.phase) == (12, 24, "medium")
    assert diff.critical_changed
    assert (diff.finish_before, diff.finish_after) == (18, 24)


def test_nothing_is_compared_when_a_side_cannot_be_read() -> None:
    unreadable = Snapshot("base", "data", diagnostics=[], titles={})
    head = _side("head", _plan(("A", 0, 6, "short")))
    diff = compare(unreadable, head)
    assert diff.added == diff.removed == diff.moved == []
    assert diff.total_before is None
