"""Funding tables: money per source against what it holds, and per phase against cost."""

from __future__ import annotations

from collections import defaultdict

from roadmap.models.actions import PHASES
from roadmap.months import parse_month
from roadmap.views.context import RoadmapContext
from roadmap.views.i18n import format_money, label, month_span
from roadmap.views.model import MoneyRow

DASH = "—"
STATUSES = ("secured", "applied", "planned")


def _row(
    ctx: RoadmapContext, name: str, note: str, by_status: dict[str, int], cost: int | None
) -> MoneyRow:
    """`cost` is what the row is measured against: a source's amount or a phase's cost."""
    total = sum(by_status.values())
    money = ctx.lang
    return MoneyRow(
        name=name,
        note=note,
        cost=format_money(cost, money) if cost is not None else DASH,
        secured=format_money(by_status["secured"], money),
        applied=format_money(by_status["applied"], money),
        planned=format_money(by_status["planned"], money),
        total=format_money(total, money),
        gap=format_money(cost - total, money) if cost is not None else DASH,
    )


def by_source(ctx: RoadmapContext) -> tuple[MoneyRow, ...]:
    """Per funding source: its window and amount, and what actions draw from it.

    The last column is what remains of the source's amount (negative when overdrawn).
    """
    pledged: dict[str, dict[str, int]] = defaultdict(lambda: dict.fromkeys(STATUSES, 0))
    for action in ctx.dataset.actions:
        if ctx.status(action) == "cancelled":
            continue
        for funding in action.funding:
            pledged[funding.source][funding.status] += funding.amount_eur
    rows = []
    for source_id, source in ctx.sources.items():
        note = DASH
        if source.window is not None:
            first, last = parse_month(source.window.start), parse_month(source.window.end)
            note = month_span(first, last, ctx.lang)
        rows.append(_row(ctx, ctx.text(source.name), note, pledged[source_id], source.amount_eur))
    totals = dict.fromkeys(STATUSES, 0)
    for amounts in pledged.values():
        for status, amount in amounts.items():
            totals[status] += amount
    rows.append(_row(ctx, label("total", ctx.lang), "", totals, None))
    return tuple(rows)


def by_phase(ctx: RoadmapContext) -> tuple[MoneyRow, ...]:
    """Per phase: the cost of its actions, their funding, and the gap left unfunded."""
    rows = []
    grand = dict.fromkeys(STATUSES, 0)
    grand_cost = 0
    for phase in PHASES:
        amounts = dict.fromkeys(STATUSES, 0)
        cost = 0
        for action, placement in ctx.scheduled:
            if placement.phase != phase:
                continue
            cost += action.cost_eur
            for funding in action.funding:
                amounts[funding.status] += funding.amount_eur
        for status in STATUSES:
            grand[status] += amounts[status]
        grand_cost += cost
        rows.append(_row(ctx, label(f"phase_{phase}", ctx.lang), "", amounts, cost))
    rows.append(_row(ctx, label("total", ctx.lang), "", grand, grand_cost))
    return tuple(rows)
