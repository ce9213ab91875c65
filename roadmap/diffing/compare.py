"""What a change does to the roadmap: the comparison of two snapshots, each part from
whatever both sides allow. Diagnostics match by code, file name and message, so that a
finding that only moved lines is neither new nor resolved."""

from __future__ import annotations

from dataclasses import dataclass, field
from operator import attrgetter
from pathlib import PurePosixPath

from roadmap.diagnostics import Diagnostic, has_errors
from roadmap.diffing.inputs import FieldChange, edited_inputs
from roadmap.diffing.snapshot import Snapshot
from roadmap.models import Action, Kpi, text_in
from roadmap.models.actions import PHASES
from roadmap.planning.result import Placement


@dataclass(frozen=True)
class ActionChange:
    """An action added, removed or moved, with its placement on each side where planned."""

    id: str
    title: str
    before: Placement | None = None
    after: Placement | None = None


@dataclass(frozen=True)
class Money:
    """Cost and funding (all statuses, and secured only) of a set of actions."""

    cost: int
    funding: int
    secured: int


@dataclass(frozen=True)
class KpiChange:
    """A KPI whose target changed, or that was added or removed."""

    id: str
    name: str
    before: tuple[float, int] | None
    after: tuple[float, int] | None
    unit: str


@dataclass
class Diff:
    """Everything `roadmap diff` reports."""

    base: Snapshot
    head: Snapshot
    added: list[ActionChange] = field(default_factory=list)
    removed: list[ActionChange] = field(default_factory=list)
    moved: list[ActionChange] = field(default_factory=list)
    changed: list[FieldChange] = field(default_factory=list)
    critical_before: tuple[str, ...] | None = None
    critical_after: tuple[str, ...] | None = None
    finish_before: int | None = None
    finish_after: int | None = None
    phases_before: dict[str, Money] | None = None
    phases_after: dict[str, Money] | None = None
    total_before: Money | None = None
    total_after: Money | None = None
    kpis: list[KpiChange] = field(default_factory=list)
    new_diagnostics: list[Diagnostic] = field(default_factory=list)
    resolved_diagnostics: list[Diagnostic] = field(default_factory=list)

    @property
    def critical_changed(self) -> bool:
        """True when both plans exist and their critical paths differ."""
        before, after = self.critical_before, self.critical_after
        return before is not None and after is not None and before != after

    @property
    def head_fails(self) -> bool:
        """True when `roadmap check` would fail on the head (errors, the plan's included):
        what makes the diff exit 1."""
        return self.head.present and has_errors(self.head.findings)


def compare(base: Snapshot, head: Snapshot) -> Diff:
    """The differences between the base and the head side."""
    diff = Diff(base, head, kpis=_kpis(base, head))
    if _readable(base) and _readable(head):
        _actions(diff)
    if base.plan is not None:
        diff.critical_before, diff.finish_before = base.plan.critical_path, base.plan.finish
    if head.plan is not None:
        diff.critical_after, diff.finish_after = head.plan.critical_path, head.plan.finish
    diff.phases_before, diff.total_before = _money(base)
    diff.phases_after, diff.total_after = _money(head)
    diff.new_diagnostics = _unmatched(head.findings, base.findings)
    diff.resolved_diagnostics = _unmatched(base.findings, head.findings)
    return diff


def _readable(side: Snapshot) -> bool:
    """True when the side's action ids are known (no data counts: it has none)."""
    return not side.present or bool(side.titles) or side.dataset is not None


def _actions(diff: Diff) -> None:
    """The actions added, removed and moved, and the inputs edited."""
    base, head = diff.base, diff.head
    old, new = base.titles, head.titles
    for action_id in sorted(new.keys() - old.keys()):
        diff.added.append(ActionChange(action_id, new[action_id], after=_slot(head, action_id)))
    for action_id in sorted(old.keys() - new.keys()):
        diff.removed.append(ActionChange(action_id, old[action_id], _slot(base, action_id)))
    slot = attrgetter("start", "finish", "phase")
    for action_id in sorted(old.keys() & new.keys()):
        before, after = _slot(base, action_id), _slot(head, action_id)
        if before is not None and after is not None and slot(before) != slot(after):
            diff.moved.append(ActionChange(action_id, new[action_id], before, after))
    if base.dataset is not None and head.dataset is not None:
        diff.changed = edited_inputs(base.dataset, head.dataset)


def _slot(side: Snapshot, action_id: str) -> Placement | None:
    return side.plan.by_id.get(action_id) if side.plan is not None else None


def _money(side: Snapshot) -> tuple[dict[str, Money] | None, Money | None]:
    """Money per phase of the plan, and in total over the actions not cancelled."""
    if not side.present:
        return dict.fromkeys(PHASES, Money(0, 0, 0)), Money(0, 0, 0)
    if side.dataset is None:
        return None, None
    total = _sum([a for a in side.dataset.actions if a.status != "cancelled"])
    if side.plan is None:
        return None, total
    by_id = {a.id: a for a in side.dataset.actions}
    placements = side.plan.placements
    return {
        phase: _sum([by_id[p.id] for p in placements if p.phase == phase]) for phase in PHASES
    }, total


def _sum(actions: list[Action]) -> Money:
    return Money(
        cost=sum(a.cost_eur for a in actions),
        funding=sum(f.amount_eur for a in actions for f in a.funding),
        secured=sum(f.amount_eur for a in actions for f in a.funding if f.status == "secured"),
    )


def _all_kpis(side: Snapshot) -> dict[str, Kpi] | None:
    """The side's KPIs by id, the first of a repeated id; None when its data is invalid."""
    if side.dataset is None:
        return None if side.present else {}
    return {k.id: k for goal in reversed(side.dataset.goals) for k in reversed(goal.kpis)}


def _kpis(base: Snapshot, head: Snapshot) -> list[KpiChange]:
    old, new = _all_kpis(base), _all_kpis(head)
    if old is None or new is None:
        return []
    changes = []
    for kpi_id in sorted(old.keys() | new.keys()):
        before, after = old.get(kpi_id), new.get(kpi_id)
        was = (before.target.value, before.target.year) if before else None
        now = (after.target.value, after.target.year) if after else None
        if was != now:
            shown = after or old[kpi_id]
            changes.append(KpiChange(kpi_id, text_in(shown.name, "en"), was, now, shown.unit))
    return changes


def _key(diagnostic: Diagnostic) -> tuple[str, str, str]:
    return (diagnostic.code, PurePosixPath(diagnostic.file).name, diagnostic.message)


def _unmatched(found: list[Diagnostic], other: list[Diagnostic]) -> list[Diagnostic]:
    """The findings in `found` with no match (code, file name, message) in `other`."""
    matches = {_key(d) for d in other}
    return sorted({d for d in found if _key(d) not in matches})
