"""Where the data comes from: every record by provenance, and the origin of the actions.

The same summary feeds the provenance section of the rendered roadmap and the
`roadmap provenance` command (text, Markdown, JSON), so that the counts a reader sees in
the roadmap and in docs/data.md are one computation.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from roadmap.models import (
    ActionRecord,
    Dataset,
    Document,
    KpiRecord,
    StatementText,
    text_in,
)
from roadmap.months import parse_month
from roadmap.output.i18n import label, month_short

PROVENANCES = ("sourced", "reconstructed", "assumption", "unstated")
"""The columns of the counts, `unstated` for a record that gives no provenance."""

KINDS = (
    "statement", "objective", "area", "actor", "funding_source", "document", "goal", "kpi",
    "action", "record",
)  # fmt: skip
"""The kinds of record, in the order the summary lists them."""


@dataclass(frozen=True)
class Item:
    """One record: what it is, what it says, and where that comes from."""

    kind: str
    id: str
    title: str
    provenance: str
    source: str


@dataclass(frozen=True)
class KindCount:
    """How many records of one kind have each provenance."""

    kind: str
    label: str
    counts: tuple[int, ...]
    total: int


@dataclass(frozen=True)
class OriginGroup:
    """The actions of one origin: a version of the strategy's list, added, or unstated."""

    key: str
    label: str
    ids: tuple[str, ...]

    @property
    def count(self) -> int:
        """How many actions the group holds."""
        return len(self.ids)


@dataclass(frozen=True)
class ProvenanceSummary:
    """Counts by kind and provenance, the origin of the actions, and every record."""

    lang: str
    name: str
    kinds: tuple[KindCount, ...]
    total: KindCount
    origins: tuple[OriginGroup, ...]
    items: tuple[Item, ...]

    def items_of(self, kind: str) -> tuple[Item, ...]:
        """The records of one kind, in file order."""
        return tuple(item for item in self.items if item.kind == kind)

    @property
    def strategy_activities(self) -> int:
        """How many actions are the strategy's own activities."""
        return sum(g.count for g in self.origins if g.key.startswith("strategy:"))


def provenance_summary(dataset: Dataset, lang: str = "en") -> ProvenanceSummary:
    """Every record of `dataset` by provenance, and its actions by origin, for `lang`."""
    items = tuple(_items(dataset, lang))
    kinds = tuple(_count(kind, label(f"kind_{kind}", lang), items) for kind in KINDS)
    total = _count("total", label("total", lang), items)
    return ProvenanceSummary(
        lang=lang,
        name=text_in(dataset.strategy.name, lang),
        kinds=tuple(k for k in kinds if k.total),
        total=total,
        origins=_origins(dataset, lang),
        items=items,
    )


def _count(kind: str, name: str, items: Iterable[Item]) -> KindCount:
    chosen = [i for i in items if kind in ("total", i.kind)]
    counts = tuple(sum(1 for i in chosen if i.provenance == p) for p in PROVENANCES)
    return KindCount(kind, name, counts, len(chosen))


def _item(kind: str, ident: str, title: str, source: str | None, prov: str | None) -> Item:
    return Item(kind, ident, title, prov or "unstated", (source or "").strip())


def _items(dataset: Dataset, lang: str) -> Iterator[Item]:
    strategy = dataset.strategy
    for key in ("name", "vision", "mission"):
        text = getattr(strategy, key)
        stated = text if isinstance(text, StatementText) else None
        yield _item(
            "statement",
            key,
            text_in(text, lang),
            stated.source if stated else None,
            stated.provenance if stated else None,
        )
    for o in strategy.objectives:
        yield _item("objective", o.id, text_in(o.title, lang), o.source, o.provenance)
    for a in strategy.areas:
        yield _item("area", a.id, text_in(a.title, lang), a.source, a.provenance)
    for actor in strategy.actors:
        yield _item("actor", actor.id, text_in(actor.name, lang), actor.source, actor.provenance)
    for f in strategy.funding_sources:
        yield _item("funding_source", f.id, text_in(f.name, lang), f.source, f.provenance)
    for d in strategy.documents:
        yield _item("document", d.id, text_in(d.title, lang), d.source, d.provenance)
    for goal in dataset.goals:
        yield _item("goal", goal.id, text_in(goal.title, lang), goal.source, goal.provenance)
    for goal in dataset.goals:
        for k in goal.kpis:
            yield _item("kpi", k.id, text_in(k.name, lang), k.source, k.provenance)
    for action in dataset.actions:
        title = text_in(action.title, lang)
        yield _item("action", action.id, title, action.source, action.provenance)
    progress = dataset.progress
    if progress is not None:
        records: list[ActionRecord | KpiRecord] = [*progress.actions, *progress.kpis]
        for r in records:
            yield _item("record", f"{r.id} {r.date}", r.note or "", r.source, r.provenance)


def _origins(dataset: Dataset, lang: str) -> tuple[OriginGroup, ...]:
    lists = {d.id: d for d in dataset.strategy.documents if d.kind == "activity_list"}
    by_key: dict[str, list[str]] = {}
    for action in dataset.actions:
        if action.origin == "strategy":
            key = f"strategy:{action.origin_list or ''}"
        else:
            key = action.origin or "unstated"
        by_key.setdefault(key, []).append(action.id)
    groups = []
    for list_id, document in lists.items():
        ids = by_key.pop(f"strategy:{list_id}", [])
        if ids:
            key = f"strategy:{list_id}"
            groups.append(OriginGroup(key, _list_label(document, lang), tuple(ids)))
    for key in sorted(k for k in by_key if k.startswith("strategy:")):
        groups.append(OriginGroup(key, label("origin_strategy", lang), tuple(by_key.pop(key))))
    for key in ("added", "unstated"):
        if key in by_key:
            groups.append(OriginGroup(key, label(f"origin_{key}", lang), tuple(by_key[key])))
    return tuple(groups)


def _list_label(document: Document, lang: str) -> str:
    when = f" ({month_short(parse_month(document.date), lang)})" if document.date else ""
    return f"{label('origin_strategy', lang)}: {text_in(document.title, lang)}{when}"
