"""Every label of the published roadmap, as (English, Bulgarian).

tests/views/test_i18n.py checks that each label has both languages and that the
templates use no label missing here.
"""

from __future__ import annotations

LABELS: dict[str, tuple[str, str]] = {
    # summary
    "roadmap": ("Roadmap", "Пътна карта"),
    "summary": ("Summary", "Обобщение"),
    "vision": ("Vision", "Визия"),
    "mission": ("Mission", "Мисия"),
    "fact": ("Item", "Показател"),
    "value": ("Value", "Стойност"),
    "horizon": ("Horizon", "Хоризонт"),
    "adopted": ("Adopted", "Приета"),
    "objectives": ("Strategic objectives", "Стратегически цели"),
    "areas": ("Priority areas", "Приоритетни области"),
    "goals": ("Operational goals", "Оперативни цели"),
    "kpis": ("KPIs", "Индикатори"),
    "actions": ("Actions", "Действия"),
    "actors": ("Actors", "Участници"),
    "total_cost": ("Total cost", "Обща стойност"),
    "funding_secured": ("Funding secured", "Осигурено финансиране"),
    "funding_applied": ("Funding applied for", "Финансиране, за което е кандидатствано"),
    "funding_planned": ("Funding planned", "Планирано финансиране"),
    "funding_gap": ("Not yet funded", "Все още без финансиране"),
    "plan_finish": ("Plan finishes", "Планът приключва"),
    "feasible": ("Meets every constraint", "Спазва всички ограничения"),
    "yes": ("yes", "да"),
    "no": ("no", "не"),
    "as_of": ("Progress as of", "Напредък към"),
    # phases
    "phases": ("Phases and actions", "Фази и действия"),
    "phases_legend": (
        "Actions on the critical path are in bold. End is the last month of an action.",
        "Действията от критичния път са в удебелен шрифт. Край е последният месец на действието.",
    ),
    "phase": ("Phase", "Фаза"),
    "phase_short": ("Short term", "Краткосрочна фаза"),
    "phase_medium": ("Medium term", "Средносрочна фаза"),
    "phase_long": ("Long term", "Дългосрочна фаза"),
    "phase_cost": ("Cost of the phase", "Стойност на фазата"),
    "no_actions": ("No action starts in this phase.", "В тази фаза не започва действие."),
    "unscheduled": ("Not scheduled", "Извън плана"),
    "id": ("ID", "Код"),
    "action": ("Action", "Действие"),
    "title": ("Title", "Наименование"),
    "area": ("Priority area", "Приоритетна област"),
    "lead": ("Lead", "Водещ"),
    "start": ("Start", "Начало"),
    "end": ("End", "Край"),
    "duration": ("Duration", "Продължителност"),
    "slack": ("Slack", "Резерв"),
    "cost": ("Cost", "Стойност"),
    "status": ("Status", "Статус"),
    "progress": ("Progress", "Напредък"),
    "deadline": ("Deadline", "Краен срок"),
    "critical": ("critical", "критично"),
    "month_one": ("month", "месец"),
    "month_many": ("months", "месеца"),
    "months_abbr": ("mo", "мес."),
    "status_proposed": ("proposed", "предложено"),
    "status_planned": ("planned", "планирано"),
    "status_in_progress": ("in progress", "в изпълнение"),
    "status_done": ("done", "изпълнено"),
    "status_cancelled": ("cancelled", "отменено"),
    # gantt
    "gantt": ("Timeline", "Времеви график"),
    "gantt_legend": (
        "Sections are priority areas. Critical actions are marked crit; finished ones done;"
        " diamonds are deadlines.",
        "Разделите са приоритетните области. Критичните действия са отбелязани с crit,"
        " изпълнените с done; ромбовете са крайни срокове.",
    ),
    "gantt_description": (
        "Bars show when each action runs, grouped and coloured by priority area. The filled"
        " part of a bar is the reported progress; a dark outline marks the critical path;"
        " arrows join dependencies; diamonds are deadlines (red when missed); vertical lines"
        " mark today, the phases and the horizon's end.",
        "Лентите показват кога се изпълнява всяко действие, групирани и оцветени по"
        " приоритетна област. Запълнената част на лентата е отчетеният напредък; тъмният"
        " контур отбелязва критичния път; стрелките свързват зависимостите; ромбовете са"
        " крайни срокове (червени, ако са пропуснати); вертикалните линии отбелязват днешния"
        " ден, фазите и края на хоризонта.",
    ),
    "horizon_end": ("Horizon ends", "Край на хоризонта"),
    "today": ("Today", "Днес"),
    "legend": ("Legend", "Легенда"),
    "legend_critical": ("critical path", "критичен път"),
    "legend_progress": ("progress", "напредък"),
    "legend_deadline": ("deadline", "краен срок"),
    "legend_missed": ("missed deadline", "пропуснат срок"),
    "legend_dependency": ("dependency", "зависимост"),
    # dependency graph
    "dependency_graph": ("Dependencies", "Зависимости"),
    "graph_legend": (
        "An arrow runs from an action to the one that waits for it; +N mo is a lag."
        " Critical actions have a red border; finished ones are green.",
        "Стрелката води от действие към това, което го изчаква; +N мес. е забавяне."
        " Критичните действия са с червена рамка, изпълнените са зелени.",
    ),
    "depends_on": ("Depends on", "Зависи от"),
    "dependency_list": ("Dependencies of each action", "Зависимости на всяко действие"),
    "none": ("none", "няма"),
    # critical path
    "critical_path": ("Critical path", "Критичен път"),
    "no_critical_path": ("The plan has no critical path.", "Планът няма критичен път."),
    # traceability
    "traceability": ("Goals and the actions that serve them", "Цели и действията към тях"),
    "goal": ("Goal", "Цел"),
    # KPIs
    "kpi_table": ("Key performance indicators", "Ключови индикатори за изпълнение"),
    "kpi": ("Indicator", "Индикатор"),
    "unit": ("Unit", "Мерна единица"),
    "direction": ("Direction", "Посока"),
    "direction_increase": ("↑ increase", "↑ увеличение"),
    "direction_decrease": ("↓ decrease", "↓ намаление"),
    "baseline": ("Baseline", "Базова стойност"),
    "target": ("Target", "Целева стойност"),
    "latest": ("Latest measurement", "Последно измерване"),
    "no_kpis": ("No KPI is defined.", "Няма определени индикатори."),
    # responsibilities
    "responsibilities": ("Responsibilities", "Отговорности"),
    "responsibility_legend": (
        "L = leads the action, P = takes part.",
        "В = водещ на действието, У = участник.",
    ),
    "lead_mark": ("L", "В"),
    "participant_mark": ("P", "У"),
    "actor": ("Actor", "Участник"),
    "capacity": ("Capacity", "Капацитет"),
    # shared pools and the optimiser
    "pool_load": (
        "Shared pools: units in use per month",
        "Споделени ресурси: заети единици по месеци",
    ),
    "pool_load_legend": (
        "What the planned actions hold of each shared pool every month, against its capacity."
        " Bold: the pool is full; ⚠: more than its capacity.",
        "Колко единици от всеки споделен ресурс държат планираните действия всеки месец,"
        " спрямо капацитета му. Удебелено: ресурсът е зает изцяло; ⚠: над капацитета.",
    ),
    "pool_chart_description": (
        "Bars: units in use each month; line: the pool's capacity; a red bar is over it.",
        "Стълбове: заети единици всеки месец; линия: капацитетът; червен стълб е над него.",
    ),
    "month": ("Month", "Месец"),
    "peak": ("Peak", "Връх"),
    "months_full": ("Months full", "Месеци при пълна заетост"),
    "months_over": ("Months over capacity", "Месеци над капацитета"),
    "deferred": ("Deferred actions", "Отложени действия"),
    "deferred_legend": (
        "Not every action fits the limits, so these are left out of the plan (--select):"
        " the set that loses the least priority value. Each says what pushed it out.",
        "Не всички действия се побират в ограниченията, затова тези са извън плана:"
        " наборът, който губи най-малко приоритетна стойност. За всяко е посочено какво"
        " го изтласква.",
    ),
    "reason": ("What pushed it out", "Какво го изтласква"),
    "optimised_for": ("Optimised for", "Оптимизиран за"),
    "objective_finish": ("the plan finish", "най-ранен край на плана"),
    "objective_value": ("priority value", "приоритетна стойност"),
    "objective_optimal": ("proven optimal", "доказано оптимален"),
    "objective_feasible": ("best found in the time limit", "най-добрият намерен в срока"),
    "leads": ("Leads", "Води"),
    "takes_part": ("Takes part in", "Участва в"),
    # funding
    "funding": ("Funding", "Финансиране"),
    "funding_by_source": ("By source", "По източник"),
    "funding_by_phase": ("By phase", "По фаза"),
    "source": ("Source", "Източник"),
    "window": ("Eligible", "Допустим период"),
    "available": ("Available", "Наличен ресурс"),
    "secured": ("Secured", "Осигурено"),
    "applied": ("Applied for", "Кандидатствано"),
    "planned": ("Planned", "Планирано"),
    "total": ("Total", "Общо"),
    "remaining": ("Remaining", "Остатък"),
    "unfunded": ("Unfunded", "Без финансиране"),
    # warnings
    "warnings": ("Open warnings", "Неотстранени предупреждения"),
    "no_warnings": ("No open warning.", "Няма неотстранени предупреждения."),
    "code": ("Code", "Код"),
    "severity": ("Severity", "Тежест"),
    "severity_error": ("error", "грешка"),
    "severity_warning": ("warning", "предупреждение"),
    "where": ("Where", "Къде"),
    "message": ("Message", "Съобщение"),
    # HTML page
    "contents": ("Contents", "Съдържание"),
    "skip_to_content": ("Skip to the roadmap", "Към пътната карта"),
    "filter": ("Filter", "Филтър"),
    "filter_area": ("Priority area", "Приоритетна област"),
    "filter_phase": ("Phase", "Фаза"),
    "all_areas": ("All areas", "Всички области"),
    "all_phases": ("All phases", "Всички фази"),
    "showing": ("Showing", "Показани"),
    "of": ("of", "от"),
    "gantt_scroll_hint": (
        "Scroll sideways to see the whole timeline.",
        "Превъртете хоризонтално, за да видите целия график.",
    ),
}
