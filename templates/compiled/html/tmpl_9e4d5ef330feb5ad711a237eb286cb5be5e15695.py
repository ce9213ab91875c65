from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'traceability.html.j2'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_labels = resolve('labels')
    l_0_traceability = resolve('traceability')
    try:
        t_1 = environment.filters['join']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'join' found.")
    pass
    yield '<section id="traceability" aria-labelledby="traceability-h">\n<h2 id="traceability-h">'
    yield escape(environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'traceability'))
    yield '</h2>\n<div class="table-scroll">\n<table>\n<caption>'
    yield escape(environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'traceability'))
    yield '</caption>\n<thead>\n<tr><th scope="col">'
    yield escape(environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'goal'))
    yield '</th><th scope="col">'
    yield escape(environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'title'))
    yield '</th><th scope="col">'
    yield escape(environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'area'))
    yield '</th><th scope="col">'
    yield escape(environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'objectives'))
    yield '</th><th scope="col">'
    yield escape(environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'actions'))
    yield '</th><th scope="col">'
    yield escape(environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'kpis'))
    yield '</th></tr>\n</thead>\n<tbody>\n'
    l_1_loop = missing
    for l_1_goal, l_1_loop in LoopContext((undefined(name='traceability') if l_0_traceability is missing else l_0_traceability), undefined):
        _loop_vars = {}
        pass
        yield '<tr><th scope="row">'
        yield escape(environment.getattr(l_1_goal, 'id'))
        yield '</th><td>'
        yield escape(environment.getattr(l_1_goal, 'title'))
        yield '</td><td>'
        yield escape(environment.getattr(l_1_goal, 'area'))
        yield '</td><td>'
        yield escape(environment.getattr(l_1_goal, 'objectives'))
        yield '</td><td>'
        l_2_loop = missing
        t_2 = 1
        for l_2_action_id, l_2_loop in LoopContext(environment.getattr(l_1_goal, 'actions'), undefined):
            _loop_vars = {}
            pass
            yield '<a href="#action-'
            yield escape(l_2_action_id)
            yield '">'
            yield escape(l_2_action_id)
            yield '</a>'
            yield escape((', ' if (not environment.getattr(l_2_loop, 'last')) else ''))
            t_2 = 0
        l_2_loop = l_2_action_id = missing
        if t_2:
            pass
            yield '—'
        yield '</td><td>'
        yield escape((t_1(context.eval_ctx, environment.getattr(l_1_goal, 'kpis'), ', ') or '—'))
        yield '</td></tr>\n'
    l_1_loop = l_1_goal = missing
    yield '</tbody>\n</table>\n</div>\n</section>\n'

blocks = {}
debug_info = '2=20&5=22&7=24&10=37&11=41'