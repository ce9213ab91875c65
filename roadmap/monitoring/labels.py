"""Bulgarian and English labels of the monitoring report.

Kept here until the project has a shared i18n module; every key exists in both
languages (tests/monitoring/test_labels.py holds them to it).
"""

from __future__ import annotations

EN: dict[str, str] = {
    "title": "Monitoring report",
    "as_of": "As of",
    "plan_note": (
        "Action states are judged against the plan that roadmap plan makes of the same data."
    ),
    "summary": "Summary",
    "actions": "Actions",
    "kpis": "KPIs",
    "goals": "Per operational goal",
    "areas": "Per priority area",
    "actors": "Per lead actor",
    "budget": "Budget against plan",
    "cancelled": "Cancelled (not judged)",
    "cancelled_count": "Cancelled",
    "unplanned": "Not in the plan (not judged)",
    "id": "Id",
    "action": "Action",
    "lead": "Lead",
    "planned": "Planned",
    "expected": "Expected",
    "done_pct": "Done",
    "state": "State",
    "why": "Why",
    "kpi": "KPI",
    "goal": "Goal",
    "area": "Area",
    "actor": "Actor",
    "baseline": "Baseline",
    "target": "Target",
    "latest": "Latest",
    "progress": "Progress",
    "light": "Light",
    "chart": "Chart",
    "trajectory": "trajectory",
    "measurements": "measurements",
    "legend_as_of": "as of",
    "kpi_mean": "KPI progress",
    "cost": "Cost",
    "count": "Actions",
    "item": "Item",
    "amount": "Amount",
    "state.done": "done",
    "state.on_track": "on track",
    "state.at_risk": "at risk",
    "state.late": "late",
    "state.not_started": "not started",
    "light.green": "green",
    "light.amber": "amber",
    "light.red": "red",
    "light.none": "no data",
    "reason.done": "reported done",
    "reason.finish_passed": "planned finish has passed",
    "reason.not_due": "planned start not yet passed",
    "reason.start_missed": "planned start passed, no start reported",
    "reason.behind": "behind the linear expectation",
    "reason.on_schedule": "on schedule",
    "reason.started_early": "started before its planned start",
    "budget.cost_total": "Total cost of the actions (not cancelled)",
    "budget.planned_to_date": "Planned spend to date (cost spread over planned months)",
    "budget.planned_committed": "Cost of actions planned to have started",
    "budget.committed": "Cost of actions started or done (committed)",
    "budget.done": "Cost of actions done",
    "budget.committed_secured": "Secured funding of the committed actions",
    "budget.secured": "Funding secured",
    "budget.applied": "Funding applied for",
    "budget.planned": "Funding planned",
    "thresholds": (
        "Lights: green at {green} of the expected progress or more, amber at {amber} or "
        "more, red below. An action is at risk when its percent trails the expectation "
        "by more than {lag} points."
    ),
    "none": "none",
}

BG: dict[str, str] = {
    "title": "Доклад за наблюдение",
    "as_of": "Към",
    "plan_note": (
        "Състоянието на мерките се оценява спрямо плана, който roadmap plan прави от същите данни."
    ),
    "summary": "Обобщение",
    "actions": "Мерки",
    "kpis": "Показатели",
    "goals": "По оперативни цели",
    "areas": "По приоритетни области",
    "actors": "По водещ изпълнител",
    "budget": "Бюджет спрямо плана",
    "cancelled": "Отменени (не се оценяват)",
    "cancelled_count": "Отменени",
    "unplanned": "Извън плана (не се оценяват)",
    "id": "Код",
    "action": "Мярка",
    "lead": "Водещ",
    "planned": "По план",
    "expected": "Очаквано",
    "done_pct": "Изпълнено",
    "state": "Състояние",
    "why": "Защо",
    "kpi": "Показател",
    "goal": "Цел",
    "area": "Област",
    "actor": "Изпълнител",
    "baseline": "Базова стойност",
    "target": "Целева стойност",
    "latest": "Последно измерване",
    "progress": "Напредък",
    "light": "Сигнал",
    "chart": "Графика",
    "trajectory": "траектория",
    "measurements": "измервания",
    "legend_as_of": "към",
    "kpi_mean": "Напредък на показателите",
    "cost": "Стойност",
    "count": "Мерки",
    "item": "Позиция",
    "amount": "Сума",
    "state.done": "изпълнена",
    "state.on_track": "по график",
    "state.at_risk": "в риск",
    "state.late": "закъсняла",
    "state.not_started": "незапочната",
    "light.green": "зелен",
    "light.amber": "жълт",
    "light.red": "червен",
    "light.none": "няма данни",
    "reason.done": "отчетена като изпълнена",
    "reason.finish_passed": "планираният край е минал",
    "reason.not_due": "планираното начало не е минало",
    "reason.start_missed": "планираното начало е минало, няма отчетено начало",
    "reason.behind": "изостава от линейното очакване",
    "reason.on_schedule": "по график",
    "reason.started_early": "започната преди планираното начало",
    "budget.cost_total": "Обща стойност на мерките (без отменените)",
    "budget.planned_to_date": "Планирани разходи досега (стойността, разпределена по месеци)",
    "budget.planned_committed": "Стойност на мерките, които по план са започнали",
    "budget.committed": "Стойност на започнатите или изпълнени мерки (поети)",
    "budget.done": "Стойност на изпълнените мерки",
    "budget.committed_secured": "Осигурено финансиране на поетите мерки",
    "budget.secured": "Осигурено финансиране",
    "budget.applied": "Кандидатствано финансиране",
    "budget.planned": "Планирано финансиране",
    "thresholds": (
        "Сигнали: зелен при {green} от очаквания напредък или повече, жълт при {amber} "
        "или повече, червен под това. Мярка е в риск, когато изпълнението ѝ изостава от "
        "очакваното с повече от {lag} пункта."
    ),
    "none": "няма",
}

LABELS: dict[str, dict[str, str]] = {"en": EN, "bg": BG}


def labels_for(lang: str) -> dict[str, str]:
    """The labels of `lang` (`en` or `bg`)."""
    return LABELS[lang]
