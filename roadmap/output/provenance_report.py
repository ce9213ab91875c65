"""The provenance summary as text, as a Markdown page (docs/data.md) and as JSON.

The Markdown page is what `roadmap provenance DIR --format md` prints: the counts, the
origin of the actions, and every record with its provenance and source. docs/data.md is
that page for data/, and a test keeps it equal to what the tool prints now.
"""

from __future__ import annotations

import json

from roadmap.output.i18n import label, labels
from roadmap.output.provenance import KINDS, PROVENANCES, Item, ProvenanceSummary
from roadmap.output.render import Row, render


def provenance_text(summary: ProvenanceSummary) -> str:
    """Counts by kind and provenance, then the actions by origin, as tables."""
    from roadmap.output.text import line, render_text, table  # noqa: PLC0415

    lang = summary.lang
    heads = [f"prov_{p}" for p in PROVENANCES] + ["total"]
    grid = table([label("record_kind", lang), *(">" + label(key, lang) for key in heads)])
    for count in (*summary.kinds, summary.total):
        grid.add_row(count.label, *map(str, count.counts), str(count.total))
    origins = table([label("origin", lang), ">" + label("count", lang), label("actions", lang)])
    for group in summary.origins:
        origins.add_row(group.label, str(group.count), ", ".join(group.ids))
    title = f"{summary.name}: {label('provenance', lang).lower()}"
    return render_text([line(title), line(""), grid, line(""), origins])


def provenance_markdown(summary: ProvenanceSummary) -> str:
    """The whole provenance page: counts, origin of the actions, every record."""
    lang = summary.lang
    page = Row(
        labels=labels(lang),
        title=f"{label('provenance', lang)}: {summary.name}",
        kinds=summary.kinds,
        total=summary.total,
        origins=summary.origins,
        kinds_items=[(k, _grouped(summary.items_of(k))) for k in KINDS if summary.items_of(k)],
    )
    return render("provenance_page.md.j2", page)


def _grouped(items: tuple[Item, ...]) -> list[tuple[list[str], Item]]:
    """Items in order; monitoring records alike in all but their id share one row."""
    rows: list[tuple[list[str], Item]] = []
    alike: dict[tuple[str, str, str], list[str]] = {}
    for item in items:
        key = (item.provenance, item.title, item.source)
        if item.kind == "record" and key in alike:
            alike[key].append(item.id)
            continue
        ids = [item.id]
        if item.kind == "record":
            alike[key] = ids
        rows.append((ids, item))
    return rows


def provenance_json(summary: ProvenanceSummary) -> str:
    """The summary as one JSON object: counts by kind, origins, and every record."""
    payload = {
        "name": summary.name,
        "counts": {
            count.kind: dict(zip(PROVENANCES, count.counts, strict=True))
            for count in (*summary.kinds, summary.total)
        },
        "origins": [{"group": g.key, "ids": list(g.ids)} for g in summary.origins],
        "items": [
            {
                "kind": i.kind,
                "id": i.id,
                "title": i.title,
                "provenance": i.provenance,
                "source": i.source,
            }
            for i in summary.items
        ],
    }
    return json.dumps(payload, ensure_ascii=False, indent=2) + "\n"
