"""Stage 5, money: funding matches costs, sources and their eligibility windows.

Cancelled actions are left out: they spend nothing.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator

from roadmap.checks.context import CheckContext
from roadmap.checks.registry import Finding, Stage, rule
from roadmap.checks.rules._text import id_list
from roadmap.diagnostics import Severity
from roadmap.months import format_month, month_year, parse_month
from roadmap.texts import current, money, say


@rule("T310", "Funding exceeds the cost", Stage.TIME_AND_MONEY)
def overfunded(ctx: CheckContext) -> Iterator[Finding]:
    """Funding above the cost is money the action cannot spend, or a wrong cost."""
    lang = current()
    for action in ctx.active_actions:
        total = sum(f.amount_eur for f in action.funding)
        if total > action.cost_eur:
            funded, cost = money(total, lang), money(action.cost_eur, lang)
            text = say("T310", id=action.id, funded=funded, cost=cost)
            yield Finding(("actions", ctx.action_index[action.id], "funding"), text)


@rule("T311", "Action underfunded", Stage.TIME_AND_MONEY, Severity.WARNING)
def underfunded(ctx: CheckContext) -> Iterator[Finding]:
    """Part of the cost has no funding source, secured, applied for or planned."""
    lang = current()
    for action in ctx.active_actions:
        total = sum(f.amount_eur for f in action.funding)
        if total >= action.cost_eur:
            continue
        i, cost = ctx.action_index[action.id], money(action.cost_eur, lang)
        if not action.funding:
            yield Finding(("actions", i, "cost_eur"), say("T311.none", id=action.id, cost=cost))
            continue
        share, gap = 100 * total // action.cost_eur, money(action.cost_eur - total, lang)
        text = say("T311", id=action.id, cost=cost, funded=money(total, lang), share=share, gap=gap)
        yield Finding(("actions", i, "funding"), text)


def _windows(ctx: CheckContext) -> dict[str, tuple[int, int]]:
    """Each funding source's window as month indexes; inverted ones (T304) left out."""
    windows = {}
    for ident, source in ctx.funding_sources.items():
        if source.window is not None:
            opens, closes = parse_month(source.window.start), parse_month(source.window.end)
            if opens <= closes:
                windows[ident] = (opens, closes)
    return windows


@rule("T312", "Funding outside its eligibility window", Stage.TIME_AND_MONEY)
def funding_outside_window(ctx: CheckContext) -> Iterator[Finding]:
    """The action cannot run in any month the funding source may pay for.

    The action's possible months run from its earliest possible start (after its
    dependencies, its earliest_start, its phase pin and the horizon start) to its
    deadline, or the horizon end where it has none. The funding is unusable when the
    earliest start is after the window's end, or the last possible month is before the
    window's start. Both window months are inclusive. A window that ends before it
    starts is reported by T304 instead.
    """
    if ctx.horizon is None:
        return
    windows = _windows(ctx)
    for action, start in ctx.starts:
        last = ctx.horizon[1]
        if action.deadline is not None:
            last = min(last, parse_month(action.deadline))
        for j, funding in enumerate(action.funding):
            window = windows.get(funding.source)
            loc = ("actions", ctx.action_index[action.id], "funding", j, "source")
            said = {"id": action.id, "source": funding.source}
            if window is not None and start > window[1]:
                reason = ctx.start_reason(action)
                month, begin = format_month(window[1]), format_month(start)
                yield Finding(
                    loc, say("T312.closed", **said, month=month, start=begin, reason=reason)
                )
            elif window is not None and last < window[0]:
                month, over = format_month(window[0]), format_month(last)
                yield Finding(loc, say("T312.opens", **said, month=month, last=over))


@rule("T313", "Funding window closes during the action", Stage.TIME_AND_MONEY, Severity.WARNING)
def window_closes_early(ctx: CheckContext) -> Iterator[Finding]:
    """Even started at its earliest, the action runs past its funding source's window.

    The money can still be used, but only in the months up to the window's end; the
    warning asks to plan the spending (or other funding) for the months after it.
    """
    windows = _windows(ctx)
    for action, start in ctx.starts:
        last = start + action.duration_months - 1
        for j, funding in enumerate(action.funding):
            window = windows.get(funding.source)
            if window is not None and start <= window[1] < last:
                end, to = format_month(window[1]), format_month(last)
                text = say("T313", id=action.id, last=to, source=funding.source, end=end)
                yield Finding(
                    ("actions", ctx.action_index[action.id], "funding", j, "source"), text
                )


@rule("T314", "Funding source over-allocated", Stage.TIME_AND_MONEY)
def source_overallocated(ctx: CheckContext) -> Iterator[Finding]:
    """The actions draw more from a source than its `amount_eur`."""
    lang = current()
    drawn: dict[str, list[tuple[str, int]]] = defaultdict(list)
    for action in ctx.active_actions:
        for funding in action.funding:
            drawn[funding.source].append((action.id, funding.amount_eur))
    for i, source in enumerate(ctx.dataset.strategy.funding_sources):
        total = sum(amount for _, amount in drawn[source.id])
        if source.amount_eur is not None and total > source.amount_eur:
            largest = sorted(drawn[source.id], key=lambda item: (-item[1], item[0]))
            shown = id_list(f"{ident} {money(amount, lang)}" for ident, amount in largest)
            amount = money(source.amount_eur, lang)
            text = say("T314", id=source.id, amount=amount, total=money(total, lang), shown=shown)
            yield Finding(("funding_sources", i, "amount_eur"), text)


@rule("T315", "Budget caps below the total cost", Stage.TIME_AND_MONEY)
def caps_below_total_cost(ctx: CheckContext) -> Iterator[Finding]:
    """When every year of the horizon has a cap, the caps must cover what the actions cost.

    Each action's cost is spent within the horizon, so no plan fits under caps that add
    up to less than the total cost of the actions that are not cancelled. Years without
    a cap are unlimited, so the rule applies only when every year has one.
    """
    caps = ctx.dataset.strategy.budget_caps
    if ctx.horizon is None or not caps:
        return
    years = range(month_year(ctx.horizon[0]), month_year(ctx.horizon[1]) + 1)
    if any(year not in caps for year in years):
        return
    available = sum(caps[year] for year in years)
    needed = sum(a.cost_eur for a in ctx.active_actions)
    if needed > available:
        lang = current()
        amounts = {"available": available, "needed": needed, "gap": needed - available}
        said = {name: money(value, lang) for name, value in amounts.items()}
        yield Finding(("budget_caps",), say("T315", first=years[0], last=years[-1], **said))
