"""Every message the checks and the planner give, in English and Bulgarian (issue 20).

One table, keyed by purpose (a rule's code for its message), and one choice of language
for the messages made inside `language(...)`: the loader, the rules and the planner's
findings all read it, so a run speaks one language. Field names, ids, months and data
values (`earliest_start`, A04, 2028-01, `in_progress`) stay as written in the data.
Bulgarian texts avoid counted nouns ("6 мес.") so that no plural rule is needed here.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Any

LANGUAGES = ("en", "bg")
_language: ContextVar[str] = ContextVar("roadmap_language", default="en")


@contextmanager
def language(code: str) -> Iterator[None]:
    """Give the messages made inside the block in `code` (en or bg)."""
    token = _language.set(code if code in LANGUAGES else "en")
    try:
        yield
    finally:
        _language.reset(token)


def say(key: str, /, **values: Any) -> str:
    """The text `key` in the current language, filled in."""
    en, bg = TEXTS[key]
    return (bg if _language.get() == "bg" else en).format(**values)


def item_name(kind: str) -> str:
    """The name of one item of the list `kind`: `action` for actions, `цел` for goals."""
    return say(f"item.{kind}") if f"item.{kind}" in TEXTS else kind


TEXTS: dict[str, tuple[str, str]] = {  # key: (en, bg)
    # the name of one item of each list
    "item.actions": ("action", "действие"),
    "item.goals": ("goal", "цел"),
    "item.kpis": ("KPI", "показател"),
    "item.actors": ("actor", "участник"),
    "item.objectives": ("objective", "стратегическа цел"),
    "item.areas": ("priority area", "приоритетна област"),
    "item.funding_sources": ("funding source", "източник на финансиране"),
    "item.funding": ("funding", "финансиране"),
    "item.depends_on": ("dependency", "зависимост"),
    "item.documents": ("document", "документ"),
    "item.resources": ("resource pool", "ресурсен пул"),
    # loading (roadmap.io.messages)
    "field": ("field `{name}`", "поле `{name}`"),
    "item": ("item {n}", "елемент {n}"),
    "key": ("the key {key}", "ключът {key}"),
    "year": ("write a year such as 2028", "напишете година, например 2028"),
    "unknown": ("unknown field `{name}`", "непознато поле `{name}`"),
    "did_you_mean": ("did you mean `{close}`?", "може би `{close}`?"),
    "allowed": ("allowed fields: {names}", "позволени полета: {names}"),
    "missing": ("missing required field `{name}`", "липсва задължителното поле `{name}`"),
    "got": ("got {given}", "дадено е {given}"),
    "nothing": ("nothing", "нищо"),
    "a_mapping": ("a mapping", "речник"),
    "a_list": ("a list", "списък"),
    "text": ("text", "текст"),
    "string_type": ("write text", "напишете текст"),
    "int_type": ("write a whole number such as 6", "напишете цяло число, например 6"),
    "no_quotes": ("without quotes", "без кавички"),
    "float_type": ("write a number such as 2.5", "напишете число, например 2.5"),
    "bool_type": ("write true or false", "напишете true или false"),
    "list_type": ("write a list, such as {example}", "напишете списък, например {example}"),
    "dict_type": ("write a mapping of `key: value` lines", "напишете редове `ключ: стойност`"),
    "month": ("write a month as 2028-01", "напишете месеца като 2028-01"),
    "month_fix": ("here: {field}: {fixed}", "тук: {field}: {fixed}"),
    "bad_id": (
        "{given} is not a valid id; use Latin letters, digits, '.', '_' or '-'",
        "{given} не е валиден идентификатор; използвайте латински букви, цифри, '.', '_' или '-'",
    ),
    "lookalike": (
        "the '{char}' in '{text}' is {script}; type a Latin '{latin}'",
        "'{char}' в '{text}' е на {script}; напишете латинско '{latin}'",
    ),
    "Cyrillic": ("Cyrillic", "кирилица"),
    "Greek": ("Greek", "гръцки"),
    "greater_than_equal": ("write at least {limit}", "напишете поне {limit}"),
    "greater_than": ("write a number above {limit}", "напишете число по-голямо от {limit}"),
    "less_than_equal": ("write at most {limit}", "напишете най-много {limit}"),
    "less_than": ("write a number below {limit}", "напишете число по-малко от {limit}"),
    "too_long": ("write at most {limit} characters", "напишете най-много {limit} знака"),
    "a_number": ("a number", "число"),
    "one_of": ("write one of {options}", "напишете едно от {options}"),
    "top": (
        "the file must hold a mapping ({expected}), not {given}",
        "файлът трябва да съдържа речник ({expected}), а не {given}",
    ),
    "quote": (
        "a colon followed by a space inside a value ends the value; "
        'put the {name} in quotes: {name}: "{value}"',
        'двоеточие с интервал в стойност я прекъсва; поставете {name} в кавички: {name}: "{value}"',
    ),
    "tab": (
        "a tab character is not allowed here; indent with spaces, not tabs",
        "знак табулация не е позволен тук; отстъпвайте с интервали, не с табулации",
    ),
    "yaml": ("YAML syntax error: {problem}", "синтактична грешка в YAML: {problem}"),
    # wording shared by the rules
    "did_you_mean_id": ("; did you mean '{close}'?", "; може би '{close}'?"),
    "and": ("{head} and {last}", "{head} и {last}"),
    "and_more": ("{head} and {n} more", "{head} и още {n}"),
    "start.after": ("after {pred} ends in {end}", "след като {pred} свърши през {end}"),
    "start.lag": (", plus a {lag}-month lag", ", плюс {lag} мес. изчакване"),
    "start.earliest": ("its earliest_start", "според earliest_start"),
    "start.pin": ("its pinned {phase} phase", "закрепената му фаза {phase}"),
    "start.horizon": ("the horizon start", "началото на хоризонта"),
    # references (stage 3)
    "R101": (
        "{noun} id '{id}' is used twice; give this {noun} another id",
        "{noun}: id '{id}' е използван два пъти; дайте на този елемент друг id",
    ),
    "R102": (
        "action {owner} serves goal '{id}', which goals.yaml does not define",
        "действие {owner} служи на цел '{id}', която goals.yaml не определя",
    ),
    "R103": (
        "goal {owner} is in priority area '{id}', which strategy.yaml does not define",
        "цел {owner} е в приоритетна област '{id}', която strategy.yaml не определя",
    ),
    "R104": (
        "goal {owner} serves objective '{id}', which strategy.yaml does not define",
        "цел {owner} служи на стратегическа цел '{id}', която strategy.yaml не определя",
    ),
    "R105.lead": (
        "action {owner} is led by '{id}', which is not an actor in strategy.yaml",
        "водещият на действие {owner} е '{id}', който не е участник в strategy.yaml",
    ),
    "R105": (
        "action {owner} lists participant '{id}', which is not an actor in strategy.yaml",
        "действие {owner} посочва в participants '{id}', който не е участник в strategy.yaml",
    ),
    "R106": (
        "action {owner} depends on '{id}', which is not an action in actions.yaml",
        "действие {owner} зависи от '{id}', което не е действие в actions.yaml",
    ),
    "R107": (
        "action {owner} is funded by '{id}', which is not a funding source in strategy.yaml",
        "действие {owner} се финансира от '{id}', който не е източник на финансиране "
        "в strategy.yaml",
    ),
    "R108": (
        "action {owner} contributes to KPI '{id}', which no goal in goals.yaml defines",
        "действие {owner} допринася за показател '{id}', който никоя цел в goals.yaml не определя",
    ),
    "R109": (
        "action {id} lists its lead '{actor}' among its participants; remove it from participants",
        "действие {id} посочва водещия си '{actor}' и в participants; махнете го от participants",
    ),
    "R110": (
        "{owner} lists '{id}' twice in {field}; remove the repeat",
        "{owner} посочва '{id}' два пъти в {field}; махнете повторението",
    ),
    "R111": (
        "action {id} serves no goal; add the id of the goal it serves to goals",
        "действие {id} не служи на никоя цел; добавете в goals id на целта, на която служи",
    ),
    "R112": (
        "{who} goal {id}; add an action with {id} in its goals, or drop the goal",
        "{who} цел {id}; добавете действие с {id} в goals или махнете целта",
    ),
    "R112.none": ("no action serves", "никое действие не служи на"),
    "R112.cancelled": ("only cancelled actions serve", "само отменени действия служат на"),
    "R113": (
        "priority area {id} has no goal; add a goal with area: {id} to goals.yaml, "
        "or remove the area",
        "приоритетна област {id} няма цел; добавете цел с area: {id} в goals.yaml "
        "или махнете областта",
    ),
    "R114": (
        "strategic objective {id} has no goal; list it in the objectives of the goals "
        "that serve it",
        "стратегическа цел {id} няма оперативна цел; впишете я в objectives на целите, "
        "които ѝ служат",
    ),
    "R115.none": (
        "action {id} is one of the strategy's own activities; name the list it comes from "
        "in origin_list (a document of kind activity_list)",
        "действие {id} е от собствените дейности на стратегията; посочете в origin_list "
        "списъка, от който идва (документ с kind: activity_list)",
    ),
    "R115.origin": (
        "action {id} names origin_list '{named}' but its origin is not 'strategy'; "
        "set origin: strategy or remove origin_list",
        "действие {id} посочва origin_list '{named}', но origin не е 'strategy'; "
        "задайте origin: strategy или махнете origin_list",
    ),
    "R115.unknown": (
        "action {id} comes from list '{named}', which is not a document in strategy.yaml",
        "действие {id} идва от списък '{named}', който не е документ в strategy.yaml",
    ),
    "R115.kind": (
        "action {id} comes from document '{named}', whose kind is '{kind}'; "
        "origin_list names a document of kind activity_list",
        "действие {id} идва от документ '{named}' с kind '{kind}'; "
        "origin_list трябва да посочва документ с kind: activity_list",
    ),
    "R116": (
        "action {id} needs pool '{pool}', which is not under resources in strategy.yaml",
        "действие {id} се нуждае от пул '{pool}', който не е под resources в strategy.yaml",
    ),
    "R117": (
        "action {id} needs {units} units of pool {pool}, which has {capacity}; lower the "
        "need to {capacity} or less, split the action, or raise the pool's capacity",
        "действие {id} се нуждае от {units} ед. от пул {pool}, който има {capacity}; "
        "намалете нуждата до {capacity} или по-малко, разделете действието "
        "или увеличете capacity на пула",
    ),
    # the dependency graph (stage 4)
    "G201": (
        "action {id} depends on itself; remove {id} from its depends_on",
        "действие {id} зависи от самото себе си; махнете {id} от неговото depends_on",
    ),
    "G202": (
        "dependency cycle {ring} ({pairs}); remove one of these dependencies",
        "кръг от зависимости {ring} ({pairs}); махнете една от тези зависимости",
    ),
    "G202.first": ("{a} depends on {b}", "{a} зависи от {b}"),
    "G202.on": ("{a} on {b}", "{a} от {b}"),
    "G203": (
        "action {id} depends on {dep} directly and also through {via} ({path}); "
        "remove {dep} from its depends_on",
        "действие {id} зависи от {dep} пряко и също чрез {via} ({path}); "
        "махнете {dep} от неговото depends_on",
    ),
    "G203.links": (", {n} links", ", {n} връзки"),
    "G204": (
        "action {id} depends on {dep}, which is cancelled; remove the dependency or "
        "reinstate {dep}",
        "действие {id} зависи от {dep}, което е отменено; махнете зависимостта "
        "или възстановете {dep}",
    ),
    # time (stage 5)
    "T301": (
        "the horizon ends ({end}) before it starts ({start}); swap the months or correct "
        "one of them",
        "хоризонтът свършва ({end}) преди да започне ({start}); разменете месеците "
        "или поправете единия от тях",
    ),
    "T302": (
        "phases.{name} is {value} but the horizon is {length} months long, so the {later} "
        "phase begins after the horizon ends; set phases.{name} below {length}",
        "phases.{name} е {value}, а хоризонтът е дълъг {length} мес., така че фазата {later} "
        "започва след края му; задайте phases.{name} под {length}",
    ),
    "T303": (
        "budget cap for {year}, outside the horizon ({first} to {last}); correct the year "
        "or remove the cap",
        "таван на бюджета за {year}, извън хоризонта ({first} до {last}); поправете "
        "годината или махнете тавана",
    ),
    "T304": (
        "the window of funding source {id} ends ({end}) before it starts ({start}); "
        "correct one of the months",
        "прозорецът на източника на финансиране {id} свършва ({end}) преди да започне "
        "({start}); поправете единия от месеците",
    ),
    "T305": (
        "action {id} may start only in {earliest}, after its deadline {deadline}; "
        "move the deadline or the earliest_start",
        "действие {id} може да започне едва през {earliest}, след крайния си срок "
        "{deadline}; преместете deadline или earliest_start",
    ),
    "T306": (
        "action {id} cannot meet its deadline {deadline}: it can start in {start} at the "
        "earliest ({reason}) and runs {months} months, to {last}; move the deadline to "
        "{last} or later, shorten the action, or remove what holds it back",
        "действие {id} не може да спази крайния си срок {deadline}: може да започне най-рано "
        "през {start} ({reason}) и трае {months} мес., до {last}; преместете срока на {last} "
        "или по-късно, скъсете действието или махнете това, което го задържа",
    ),
    "T307": (
        "action {id} runs to {last} at the earliest, past the horizon end {end}: it can "
        "start in {start} ({reason}) and runs {months} months; shorten it, start it "
        "earlier, or extend the horizon",
        "действие {id} продължава най-малко до {last}, след края на хоризонта {end}: може "
        "да започне през {start} ({reason}) и трае {months} мес.; скъсете го, започнете "
        "го по-рано или удължете хоризонта",
    ),
    "T308": (
        "action {id} is pinned to the {phase} phase (starts {first} to {last}), but it can "
        "start in {start} at the earliest ({reason}), in the {now} phase; pin it to {now} "
        "or remove what holds it back",
        "действие {id} е закрепено към фазата {phase} (начало от {first} до {last}), но "
        "може да започне най-рано през {start} ({reason}), във фазата {now}; закрепете го "
        "към {now} или махнете това, което го задържа",
    ),
    # money (stage 5)
    "T310": (
        "action {id} has {funded} of funding but costs {cost}; lower the funding amounts "
        "or raise cost_eur",
        "действие {id} има финансиране {funded}, а струва {cost}; намалете сумите "
        "във funding или увеличете cost_eur",
    ),
    "T311.none": (
        "action {id} costs {cost} and has no funding; add funding entries (status: planned "
        "where nothing is applied for yet)",
        "действие {id} струва {cost} и няма финансиране; добавете записи във funding "
        "(status: planned, където още не е кандидатствано)",
    ),
    "T311": (
        "action {id} costs {cost} but its funding covers {funded} ({share}%); add funding "
        "for the other {gap} or lower cost_eur",
        "действие {id} струва {cost}, но финансирането му покрива {funded} ({share}%); "
        "добавете финансиране за останалите {gap} или намалете cost_eur",
    ),
    "T312.closed": (
        "action {id} is funded by {source}, whose window closes in {month}, but it can "
        "start in {start} at the earliest ({reason}); fund it from another source or let "
        "it start earlier",
        "действие {id} се финансира от {source}, чийто прозорец се затваря през {month}, "
        "но то може да започне най-рано през {start} ({reason}); финансирайте го от друг "
        "източник или му позволете да започне по-рано",
    ),
    "T312.opens": (
        "action {id} is funded by {source}, whose window opens in {month}, but it must be "
        "over by {last}; fund it from another source or move its deadline",
        "действие {id} се финансира от {source}, чийто прозорец се отваря през {month}, "
        "но то трябва да приключи до {last}; финансирайте го от друг източник "
        "или преместете крайния му срок",
    ),
    "T313": (
        "action {id} runs to {last} at the earliest, past the end of {source}'s window "
        "({end}); spend the {source} money by {end} or fund the later months from another "
        "source",
        "действие {id} продължава най-малко до {last}, след края на прозореца на {source} "
        "({end}); изразходвайте парите от {source} до {end} или финансирайте следващите "
        "месеци от друг източник",
    ),
    "T314": (
        "funding source {id} has {amount} but actions draw {total} from it ({shown}); "
        "raise amount_eur or reduce the allocations",
        "източникът на финансиране {id} има {amount}, а действията теглят от него {total} "
        "({shown}); увеличете amount_eur или намалете разпределеното",
    ),
    "T315": (
        "the budget caps for {first} to {last} add up to {available}, but the actions "
        "that are not cancelled cost {needed}; raise the caps by {gap} or cut costs",
        "таваните на бюджета за {first} до {last} са общо {available}, а неотменените "
        "действия струват {needed}; вдигнете таваните с {gap} или намалете разходите",
    ),
    # KPIs (stage 5)
    "K401": (
        "goal {id} has no KPI; add one under kpis with a baseline and a target",
        "цел {id} няма показател; добавете един под kpis с baseline и target",
    ),
    "K402": (
        "KPI {id} has its baseline in {base}, after its target year {target}; correct one "
        "of the years",
        "показател {id} има базова година {base}, след целевата си година {target}; "
        "поправете една от годините",
    ),
    "K403": (
        "KPI {id} should {direction}, but its target {target} is {side} its baseline "
        "{base}; correct the target or set direction: {other}",
        "показател {id} трябва да се {direction}, но целевата му стойност {target} е {side} "
        "базовата {base}; поправете target или задайте direction: {other}",
    ),
    "K404": (
        "KPI {id} has the same target as baseline ({value}); set a target that "
        "{direction}s from the baseline",
        "показател {id} има целева стойност, равна на базовата ({value}); задайте target, "
        "която се {direction} спрямо базовата",
    ),
    "increase": ("increase", "увеличава"),
    "decrease": ("decrease", "намалява"),
    "below": ("below", "под"),
    "above": ("above", "над"),
    # progress.yaml
    "M501": (
        "progress record for '{id}', which is not an action in actions.yaml",
        "запис за напредък на '{id}', което не е действие в actions.yaml",
    ),
    "M502": (
        "measurement of '{id}', which is not a KPI in goals.yaml",
        "измерване на '{id}', който не е показател в goals.yaml",
    ),
    "M503": (
        "the record of action {id} is dated {date}, after as_of {as_of}; correct the date "
        "or move as_of forward",
        "записът на действие {id} е с дата {date}, след as_of {as_of}; поправете датата "
        "или преместете as_of напред",
    ),
    "M504": (
        "the measurement of KPI {id} is dated {date}, after as_of {as_of}; correct the "
        "date or move as_of forward",
        "измерването на показател {id} е с дата {date}, след as_of {as_of}; поправете "
        "датата или преместете as_of напред",
    ),
    "M505": (
        "the measurement of KPI {id} is dated {date}, before its baseline year {year}; "
        "correct the date or the baseline",
        "измерването на показател {id} е с дата {date}, преди базовата си година {year}; "
        "поправете датата или baseline",
    ),
    "M506": (
        "action {id} is recorded {before} in {then} but {after} in {date}; a status cannot "
        "go back, so correct one of the records",
        "действие {id} е записано като {before} през {then}, но като {after} през {date}; "
        "статусът не може да се връща назад, затова поправете единия от записите",
    ),
    "M507": (
        "action {id} is done ({source}) but its dependency {dep} is {status}; record {dep} "
        "as done or correct {id}'s status",
        "действие {id} е done ({source}), но зависимостта му {dep} е {status}; запишете "
        "{dep} като done или поправете статуса на {id}",
    ),
    "M508": (
        "action {id} is {before}% complete in {then} but {after}% in {date}; correct one "
        "of the records",
        "действие {id} е изпълнено на {before}% през {then}, но на {after}% през {date}; "
        "поправете единия от записите",
    ),
    "M509": (
        "action {id} is recorded done at {percent}%; set percent: 100 or status: in_progress",
        "действие {id} е записано като done при {percent}%; задайте percent: 100 "
        "или status: in_progress",
    ),
    # the plan's findings (roadmap.planning.feasibility)
    "P601": (
        "{id} runs until {last}, after its deadline {deadline}: {why}",
        "{id} продължава до {last}, след крайния си срок {deadline}: {why}",
    ),
    "P602": (
        "{id} runs until {last}, past the horizon end {end}: {why}",
        "{id} продължава до {last}, след края на хоризонта {end}: {why}",
    ),
    "P603": (
        "{id} is pinned to the {pin} term but cannot start before {start}, in the {phase} "
        "term, {because}",
        "{id} е закрепено към срока {pin}, но не може да започне преди {start}, в срока "
        "{phase}, {because}",
    ),
    "P604": (
        "{id} spends {need} in {year} on its own, more than that year's budget cap of "
        "{cap} wherever it starts within the capped years; it is planned ignoring the "
        "caps. Split it, lengthen it or raise the cap",
        "{id} само по себе си харчи {need} през {year}, повече от тавана на бюджета за "
        "тази година от {cap}, където и да започне в годините с таван; планирано е без "
        "таваните. Разделете го, удължете го или вдигнете тавана",
    ),
    "P6.starts": ("it starts {start} {because}", "започва {start} {because}"),
    "P6.fixed": ("it is {fixed}", "то е {fixed}"),
    "P6.because": ("because {reasons}", "защото {reasons}"),
    "P600": ("the dependencies form a cycle: {names}", "зависимостите образуват кръг: {names}"),
    "P605": (
        "{id} is {status} but progress.yaml has no dated record of it up to {as_of}; "
        "{what}. Add a record with its date to keep it in place",
        "{id} е {status}, но progress.yaml няма датиран запис за него до {as_of}; "
        "{what}. Добавете запис с дата, за да остане на мястото си",
    ),
    "P605.done": (
        "it is planned from its dependencies as if it had been done on time",
        "планира се според зависимостите си, все едно е завършено навреме",
    ),
    "P605.started": ("it is planned to start in {month}", "планира се да започне през {month}"),
    # why an action starts when it does (roadmap.planning's reasons)
    "why.horizon": ("the horizon start is {month}", "началото на хоризонта е {month}"),
    "why.plan_start": (
        "the plan start (--start) is {month}",
        "началото на плана (--start) е {month}",
    ),
    "why.as_of": ("re-planned from {month}", "препланирано от {month}"),
    "why.earliest": ("earliest_start is {month}", "earliest_start е {month}"),
    "why.pin": (
        "pinned to the {pin} term, which begins {month}",
        "закрепено към срока {pin}, който започва {month}",
    ),
    "why.after": ("{pred} ends {month}", "{pred} свършва {month}"),
    "why.lag": (
        "{pred} ends {month}, then a {lag}-month lag",
        "{pred} свършва {month}, после {lag} мес. изчакване",
    ),
    "why.capacity": (
        "lead {lead} was at capacity {capacity} until {month}{held}",
        "водещият {lead} беше на капацитета си {capacity} до {month}{held}",
    ),
    "why.budget": (
        "the {year} budget cap of {cap} had {left} left, less than the {need} it needs in "
        "{year} if it starts {start}",
        "от тавана на бюджета за {year} от {cap} оставаха {left}, по-малко от нужните му "
        "{need} през {year}, ако започне {start}",
    ),
    "why.pool": (
        "pool {pool} had {free} of {capacity} units free until {month}, less than the "
        "{need} it needs{held}",
        "пул {pool} имаше свободни {free} от {capacity} ед. до {month}, по-малко от "
        "нужните му {need}{held}",
    ),
    "why.optimized": (
        "the optimiser placed it here; it could start {ready} without breaking a limit, "
        "and the plan would be no better for it",
        "оптимизаторът го постави тук; може да започне {ready}, без да наруши ограничение, "
        "но планът няма да стане по-добър",
    ),
    "why.done": ("done {month} per progress.yaml", "завършено {month} според progress.yaml"),
    "why.in_progress": (
        "in progress since {month} per progress.yaml",
        "в изпълнение от {month} според progress.yaml",
    ),
    "why.percent": (" ({percent}% on {month})", " ({percent}% към {month})"),
}
