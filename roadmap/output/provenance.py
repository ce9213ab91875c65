"""Where the data comes from: every record by provenance, and the origin of the actions,
as text, as a Markdown page (docs/data.md) and as JSON.

The same summary feeds the provenance section of the rendered roadmap and the
`roadmap provenance` command, so that the counts a reader sees in the roadmap and in
docs/data.md are one computation.
"""

from __future__ import annotations

from collections.abc import Iterator

from roadmap.models import ActionRecord, Dataset, KpiRecord, StatementText, text_in
from roadmap.months import parse_month
from roadmap.output.render import Row, render
from roadmap.texts import label, labels, month_short

PROVENANCES = ("sourced", "reconstructed", "assumption", "unstated")
"""The columns of the counts, `unstated` for a record that gives no provenance."""

KINDS = (
    "statement", "objective", "area", "actor", "funding_source", "document", "goal", "kpi",
    "action", "record",
)  # fmt: skip
"""The kinds of record, in the order the summary lists them."""


def provenance_summary(dataset: Dataset, lang: str = "en") -> Row:
    """Every record of `dataset` by provenance, and its actions by origin, for `lang`.

    `items` are the records (kind, id, title, provenance, source); `kinds` and `total`
    count them (kind, label, counts per provenance, total); `origins` group the
    actions by where they come from (key, label, ids): a version of the strategy's
    list of activities, added, or unstated.
    """
    items = tuple(_items(dataset, lang))
    kinds = tuple(_count(kind, label(f"kind_{kind}", lang), items) for kind in KINDS)
    return Row(
        lang=lang,
        name=text_in(dataset.strategy.name, lang),
        kinds=tuple(k for k in kinds if k.total),
        total=_count("total", label("total", lang), items),
        origins=_origins(dataset, lang),
        items=items,
    )


def _count(kind: str, name: str, items: tuple[Row, ...]) -> Row:
    chosen = [i for i in items if kind in ("total", i.kind)]
    counts = tuple(sum(1 for i in chosen if i.provenance == p) for p in PROVENANCES)
    return Row(kind=kind, label=name, counts=counts, total=len(chosen))


def _item(kind: str, ident: str, title: str, source: str | None, prov: str | None) -> Row:
    source = (source or "").strip()
    return Row(kind=kind, id=ident, title=title, provenance=prov or "unstated", source=source)


def _items(dataset: Dataset, lang: str) -> Iterator[Row]:
    strategy = dataset.strategy
    for key in ("name", "vision", "mission"):
        text = getattr(strategy, key)
        stated = text if isinstance(text, StatementText) else None
        source, prov = (stated.source, stated.provenance) if stated else (None, None)
        yield _item("statement", key, text_in(text, lang), source, prov)
    records = (
        ("objective", "title", strategy.objectives),
        ("area", "title", strategy.areas),
        ("actor", "name", strategy.actors),
        ("funding_source", "name", strategy.funding_sources),
        ("document", "title", strategy.documents),
        ("goal", "title", dataset.goals),
        ("kpi", "name", [k for goal in dataset.goals for k in goal.kpis]),
        ("action", "title", dataset.actions),
    )
    for kind, field, group in records:
        for r in group:
            yield _item(kind, r.id, text_in(getattr(r, field), lang), r.source, r.provenance)
    progress = dataset.progress
    if progress is not None:
        monitoring: list[ActionRecord | KpiRecord] = [*progress.actions, *progress.kpis]
        for m in monitoring:
            yield _item("record", f"{m.id} {m.date}", m.note or "", m.source, m.provenance)


def _origins(dataset: Dataset, lang: str) -> tuple[Row, ...]:
    """The actions by origin: each list of the strategy's activities (in the order the
    documents give them), the strategy with no list named, added, unstated."""
    groups: dict[str, list[str]] = {}
    for action in dataset.actions:
        strategy = action.origin == "strategy"
        key = f"strategy:{action.origin_list or ''}" if strategy else action.origin or "unstated"
        groups.setdefault(key, []).append(action.id)
    docs = dataset.strategy.documents
    lists = {f"strategy:{d.id}": d for d in docs if d.kind == "activity_list"}
    named = sorted(k for k in groups if k.startswith("strategy:") and k not in lists)
    rows = []
    for key in (*lists, *named, "added", "unstated"):
        if key not in groups:
            continue
        name = label("origin_strategy" if key.startswith("strategy:") else f"origin_{key}", lang)
        if document := lists.get(key):
            when = f" ({month_short(parse_month(document.date), lang)})" if document.date else ""
            name += f": {text_in(document.title, lang)}{when}"
        rows.append(Row(key=key, label=name, ids=tuple(groups[key])))
    return tuple(rows)


def provenance_text(summary: Row) -> str:
    """Counts by kind and provenance, then the actions by origin, as tables."""
    from roadmap.output.text import line, render_text, table  # noqa: PLC0415

    lang = summary.lang
    heads = [f"prov_{p}" for p in PROVENANCES] + ["total"]
    counts = [(c.label, *map(str, c.counts), str(c.total)) for c in (*summary.kinds, summary.total)]
    grid = table([label("record_kind", lang), *(">" + label(key, lang) for key in heads)], counts)
    origins = table(
        [label("origin", lang), ">" + label("count", lang), label("actions", lang)],
        [(group.label, str(len(group.ids)), ", ".join(group.ids)) for group in summary.origins],
    )
    title = f"{summary.name}: {label('provenance', lang).lower()}"
    return render_text([line(title), line(""), grid, line(""), origins])


def provenance_markdown(summary: Row) -> str:
    """The whole provenance page: counts, origin of the actions, every record; records
    of monitoring alike in all but their id share one row."""
    rows: dict[str, list[tuple[list[str], Row]]] = {kind: [] for kind in KINDS}
    alike: dict[tuple[str, str, str], list[str]] = {}
    for item in summary.items:
        key = (item.provenance, item.title, item.source)
        if item.kind == "record" and key in alike:
            alike[key].append(item.id)
            continue
        ids = alike.setdefault(key, [item.id]) if item.kind == "record" else [item.id]
        rows[item.kind].append((ids, item))
    page = Row(
        labels=labels(summary.lang),
        title=f"{label('provenance', summary.lang)}: {summary.name}",
        kinds=summary.kinds,
        total=summary.total,
        origins=summary.origins,
        kinds_items=[(kind, found) for kind, found in rows.items() if found],
    )
    return render("provenance_page.md.j2", page)


def provenance_json(summary: Row) -> str:
    """The summary as one JSON object: counts by kind, origins, and every record."""
    from roadmap.output.json_reports import dumps  # noqa: PLC0415

    return dumps(
        {
            "name": summary.name,
            "counts": {
                count.kind: dict(zip(PROVENANCES, count.counts, strict=True))
                for count in (*summary.kinds, summary.total)
            },
            "origins": [{"group": g.key, "ids": list(g.ids)} for g in summary.origins],
            "items": [vars(item) for item in summary.items],
        }
    )
