"""Every label and term of the output, as (English, Bulgarian); a counted term (key
`*_n`) holds its form for one and for many, `one|many`. Read through roadmap.output.i18n."""

LABELS: dict[str, tuple[str, str]] = {
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
    "phases": ("Phases and actions", "Фази и действия"),
    "phases_legend": (
        "Actions on the critical path are in bold and marked ▲. End is the last month of an "
        "action.",
        "Действията от критичния път са в удебелен шрифт и отбелязани с ▲. Край е последният "
        "месец на действието.",
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
    "months_abbr": ("mo", "мес."),
    "status_proposed": ("proposed", "предложено"),
    "status_planned": ("planned", "планирано"),
    "status_in_progress": ("in progress", "в изпълнение"),
    "status_done": ("done", "изпълнено"),
    "status_cancelled": ("cancelled", "отменено"),
    "gantt": ("Timeline", "Времеви график"),
    "gantt_legend": (
        (
            "Sections are priority areas. Critical actions are marked crit; finished ones done; "
            "diamonds are deadlines."
        ),
        (
            "Разделите са приоритетните области. Критичните действия са отбелязани с crit, "
            "изпълнените с done; ромбовете са крайни срокове."
        ),
    ),
    "gantt_description": (
        (
            "Bars show when each action runs, grouped and coloured by priority area. The filled "
            "part of a bar is the reported progress; a dark outline marks the critical path; "
            "arrows join dependencies; diamonds are deadlines (red when missed); a red dashed "
            "outline marks an action past its planned end and not done; vertical lines mark the "
            "progress date, the phases and the horizon's end."
        ),
        (
            "Лентите показват кога се изпълнява всяко действие, групирани и оцветени по "
            "приоритетна област. Запълнената част на лентата е отчетеният напредък; тъмният "
            "контур отбелязва критичния път; стрелките свързват зависимостите; ромбовете са "
            "крайни срокове (червени, ако са пропуснати); червеният пунктирен контур отбелязва "
            "действие след планирания му край, което не е изпълнено; вертикалните линии "
            "отбелязват датата на напредъка, фазите и края на хоризонта."
        ),
    ),
    "horizon_end": ("Horizon ends", "Край на хоризонта"),
    "today": ("Today", "Днес"),
    "as_of_marker": ("As of", "Към"),
    "legend_late": (
        "late: past its planned end, not done",
        "закъсняло: след планирания край, неизпълнено",
    ),
    "legend": ("Legend", "Легенда"),
    "legend_critical": ("critical path", "критичен път"),
    "legend_progress": ("progress", "напредък"),
    "legend_deadline": ("deadline", "краен срок"),
    "legend_missed": ("missed deadline", "пропуснат срок"),
    "legend_dependency": ("dependency", "зависимост"),
    "dependency_graph": ("Dependencies", "Зависимости"),
    "graph_legend": (
        (
            "An arrow runs from an action to the one that waits for it; +N mo is a lag. Critical "
            "actions have a red border; finished ones are green."
        ),
        (
            "Стрелката води от действие към това, което го изчаква; +N мес. е забавяне. "
            "Критичните действия са с червена рамка, изпълнените са зелени."
        ),
    ),
    "depends_on": ("Depends on", "Зависи от"),
    "critical_path": ("Critical path", "Критичен път"),
    "no_critical_path": ("The plan has no critical path.", "Планът няма критичен път."),
    "traceability": ("Goals and the actions that serve them", "Цели и действията към тях"),
    "goal": ("Goal", "Цел"),
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
    "responsibilities": ("Responsibilities", "Отговорности"),
    "responsibility_legend": (
        "L = leads the action, P = takes part.",
        "В = водещ на действието, У = участник.",
    ),
    "lead_mark": ("L", "В"),
    "participant_mark": ("P", "У"),
    "actor": ("Actor", "Участник"),
    "capacity": ("Capacity", "Капацитет"),
    "leads": ("Leads", "Води"),
    "takes_part": ("Takes part in", "Участва в"),
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
    "warnings": ("Open warnings", "Неотстранени предупреждения"),
    "no_warnings": ("No open warning.", "Няма неотстранени предупреждения."),
    "code": ("Code", "Код"),
    "severity": ("Severity", "Тежест"),
    "severity_error": ("error", "грешка"),
    "severity_warning": ("warning", "предупреждение"),
    "where": ("Where", "Къде"),
    "message": ("Message", "Съобщение"),
    "contents": ("Contents", "Съдържание"),
    "skip_to_content": ("Skip to the roadmap", "Към пътната карта"),
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
    "month_n": ("month|months", "месец|месеца"),
    "mon_title": ("Monitoring report", "Доклад за наблюдение"),
    "mon_as_of": ("As of", "Към"),
    "plan_note": (
        "Action states are judged against the plan that roadmap plan makes of the same data.",
        "Състоянието на действията се оценява спрямо плана, който roadmap plan прави от "
        "същите данни.",
    ),
    "mon_goals": ("Per operational goal", "По оперативни цели"),
    "mon_areas": ("Per priority area", "По приоритетни области"),
    "mon_actors": ("Per lead actor", "По водещ участник"),
    "budget": ("Budget against plan", "Бюджет спрямо плана"),
    "cancelled": ("Cancelled (not judged)", "Отменени (не се оценяват)"),
    "cancelled_count": ("Cancelled", "Отменени"),
    "unplanned": ("Not in the plan (not judged)", "Извън плана (не се оценяват)"),
    "mon_planned": ("Planned", "По план"),
    "expected": ("Expected", "Очаквано"),
    "done_pct": ("Done", "Изпълнено"),
    "state": ("State", "Състояние"),
    "why": ("Why", "Защо"),
    "light": ("Light", "Сигнал"),
    "trajectory": ("trajectory", "траектория"),
    "measurements": ("measurements", "измервания"),
    "measurement": ("Measurement", "Измерване"),
    "over_time": ("KPIs over time", "Индикаторите във времето"),
    "month": ("Month", "Месец"),
    "point": ("Point", "Точка"),
    "measured": ("Measured", "Измерено"),
    "trajectory_col": ("Trajectory", "Траектория"),
    "legend_as_of": ("as of", "към"),
    "kpi_mean": ("KPI progress", "Напредък на индикаторите"),
    "item": ("Item", "Позиция"),
    "amount": ("Amount", "Сума"),
    "state_done_n": ("done|done", "изпълнено|изпълнени"),
    "state_on_track_n": ("on track|on track", "по график|по график"),
    "state_at_risk_n": ("at risk|at risk", "в риск|в риск"),
    "state_late_n": ("late|late", "закъсняло|закъснели"),
    "state_not_started_n": ("not started|not started", "незапочнато|незапочнати"),
    "light_green_n": ("green|green", "зелен|зелени"),
    "light_amber_n": ("amber|amber", "жълт|жълти"),
    "light_red_n": ("red|red", "червен|червени"),
    "light_none_n": ("no data|no data", "няма данни|няма данни"),
    "reason_done": ("reported done", "отчетено като изпълнено"),
    "reason_finish_passed": ("planned finish has passed", "планираният край е минал"),
    "reason_not_due": ("planned start not yet passed", "планираното начало не е минало"),
    "reason_start_missed": (
        "planned start passed, no start reported",
        "планираното начало е минало, няма отчетено начало",
    ),
    "reason_behind": ("behind the linear expectation", "изостава от линейното очакване"),
    "reason_on_schedule": ("on schedule", "по график"),
    "reason_started_early": (
        "started before its planned start",
        "започнато преди планираното начало",
    ),
    "budget_cost_total": (
        "Total cost of the actions (not cancelled)",
        "Обща стойност на действията (без отменените)",
    ),
    "budget_planned_to_date": (
        "Planned spend to date (cost spread over planned months)",
        "Планирани разходи досега (стойността, разпределена по месеци)",
    ),
    "budget_planned_committed": (
        "Cost of actions planned to have started",
        "Стойност на действията, които по план са започнали",
    ),
    "budget_committed": (
        "Cost of actions started or done (committed)",
        "Стойност на започнатите или изпълнени действия (поети)",
    ),
    "budget_done": ("Cost of actions done", "Стойност на изпълнените действия"),
    "budget_committed_secured": (
        "Secured funding of the committed actions",
        "Осигурено финансиране на поетите действия",
    ),
    "budget_secured": ("Funding secured", "Осигурено финансиране"),
    "budget_applied": ("Funding applied for", "Кандидатствано финансиране"),
    "budget_planned": ("Funding planned", "Планирано финансиране"),
    "thresholds": (
        (
            "Lights: green at {green} of the expected progress or more, amber at {amber} or more, "
            "red below. An action is at risk when its percent trails the expectation by more than "
            "{lag} points."
        ),
        (
            "Сигнали: зелен при {green} от очаквания напредък или повече, жълт при {amber} или "
            "повече, червен под това. Действие е в риск, когато изпълнението му изостава от "
            "очакваното с повече от {lag} пункта."
        ),
    ),
    # provenance
    "provenance": ("Where the data comes from", "Произход на данните"),
    "provenance_legend": (
        "Sourced: taken from a public document. Reconstructed: rebuilt from public facts, in"
        " our own words. Assumption: a planning value, not an official figure. Not stated:"
        " the record gives no provenance.",
        "От източник: взето от публичен документ. Реконструирано: изведено от публични"
        " факти, със собствени думи. Допускане: стойност за планиране, а не официална"
        " цифра. Не е посочено: записът не казва откъде идва.",
    ),
    "record_kind": ("Records", "Записи"),
    "provenance_column": ("Provenance", "Произход"),
    "prov_sourced": ("Sourced", "От източник"),
    "prov_reconstructed": ("Reconstructed", "Реконструирано"),
    "prov_assumption": ("Assumption", "Допускане"),
    "prov_unstated": ("Not stated", "Не е посочено"),
    "kind_statement": ("Name, vision, mission", "Име, визия, мисия"),
    "kind_objective": ("Strategic objectives", "Стратегически цели"),
    "kind_area": ("Priority areas", "Приоритетни области"),
    "kind_actor": ("Actors", "Участници"),
    "kind_funding_source": ("Funding sources", "Източници на финансиране"),
    "kind_document": ("Documents", "Документи"),
    "kind_goal": ("Operational goals", "Оперативни цели"),
    "kind_kpi": ("KPIs", "Индикатори"),
    "kind_action": ("Actions", "Действия"),
    "kind_record": ("Monitoring records", "Записи за наблюдение"),
    "origin": ("Origin of the actions", "Произход на действията"),
    "origin_legend": (
        "The strategy's own activities are named in a version of its list of activities;"
        " the rest are added by this roadmap.",
        "Дейностите на самата стратегия са посочени в някоя версия на нейния списък с"
        " дейности; останалите са добавени в тази пътна карта.",
    ),
    "origin_strategy": ("The strategy's own activities", "Дейности на самата стратегия"),
    "origin_added": ("Added by this roadmap", "Добавени в тази пътна карта"),
    "origin_unstated": ("Origin not stated", "Без посочен произход"),
    "count": ("Count", "Брой"),
    "plan_title": ("plan", "план"),
    "plan_horizon": ("horizon", "хоризонт"),
    "months": ("Months", "Месеци"),
    "no_actions_short": ("no actions start in this phase", "в тази фаза не започва действие"),
    "plan_phase_cost": ("Phase cost", "Стойност на фазата"),
    "as_recorded": ("as recorded", "както е отчетено"),
    "critical_legend": ("critical (zero slack)", "критично (без резерв)"),
    "fixed_legend": ("kept where progress.yaml puts it", "остава, където го поставя progress.yaml"),
    "problems": ("Problems", "Проблеми"),
    "none_paren": ("(none)", "(няма)"),
    "plan_summary": (
        "{actions}, ending {finish}, cost {cost}, {critical} critical; {state}",
        "{actions}, край {finish}, стойност {cost}, {critical} критични; {state}",
    ),
    "plan_empty": (
        "no actions to plan: add actions to actions.yaml, or set a cancelled one back to planned",
        "няма действия за планиране: добавете действия в actions.yaml или върнете "
        "отменено действие",
    ),
    "plan_feasible": ("feasible", "изпълним"),
    "plan_infeasible": ("infeasible ({errors})", "неизпълним ({errors})"),
    "plan_replanned": ("; re-planned as of {month}", "; препланиран към {month}"),
    "deferred_short": ("Deferred", "Отложени"),
    "deferred_summary": (
        "{actions} deferred by --select, {cost} EUR, not in the plan",
        "{actions}, отложени при избора, {cost} евро, извън плана",
    ),
    "plan_deferred": ("; {count} deferred", "; {count} отложени"),
    "deferred_why": ("Action and what pushed it out", "Действие и какво го изтласква"),
    "optimised_for_text": ("Optimised for {what}: {value}", "Оптимизиран за {what}: {value}"),
    "plan_objective_finish": ("the plan finish", "най-ранен край на плана"),
    "plan_objective_value": (
        "priority value (score x finish month)",
        "приоритетна стойност (оценка x месец на края)",
    ),
    "best_for_kept": (
        "the best for the actions kept; the choice of what to defer is the best found in the "
        "time limit",
        "най-добрият за запазените действия; изборът какво да се отложи е най-добрият, "
        "намерен в срока",
    ),
    "best_found": (
        "the best found in the time limit; no plan can do better than {bound}",
        "най-добрият, намерен в срока; никой план не може да е по-добър от {bound}",
    ),
    # shared pools and the optimiser, in the published roadmap
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
    "action_n": ("action|actions", "действие|действия"),
    "error_n": ("error|errors", "грешка|грешки"),
    "warning_n": ("warning|warnings", "предупреждение|предупреждения"),
    "constraint_n": ("constraint|constraints", "ограничение|ограничения"),
    "finding_n": ("finding|findings", "находка|находки"),
    "new_finding_n": ("new finding|new findings", "нова находка|нови находки"),
    "kpi_n": ("KPI|KPIs", "индикатор|индикатора"),
    "kpi_target_n": ("KPI target|KPI targets", "цел на индикатор|цели на индикатори"),
    "year_n": ("year|years", "година|години"),
}
