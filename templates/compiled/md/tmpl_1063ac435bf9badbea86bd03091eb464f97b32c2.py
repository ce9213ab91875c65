from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'traceability.md.j2'

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
    yield '## '
    yield str(environment.finalize(environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'traceability')))
    yield '\n\n| '
    yield str(environment.finalize(environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'goal')))
    yield ' | '
    yield str(environment.finalize(environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'title')))
    yield ' | '
    yield str(environment.finalize(environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'area')))
    yield ' | '
    yield str(environment.finalize(environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'objectives')))
    yield ' | '
    yield str(environment.finalize(environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'actions')))
    yield ' | '
    yield str(environment.finalize(environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'kpis')))
    yield ' |\n|---|---|---|---|---|---|\n'
    for l_1_goal in (undefined(name='traceability') if l_0_traceability is missing else l_0_traceability):
        _loop_vars = {}
        pass
        yield '| '
        yield str(environment.finalize(environment.getattr(l_1_goal, 'id')))
        yield ' | '
        yield str(environment.finalize(environment.getattr(l_1_goal, 'title')))
        yield ' | '
        yield str(environment.finalize(environment.getattr(l_1_goal, 'area')))
        yield ' | '
        yield str(environment.finalize(environment.getattr(l_1_goal, 'objectives')))
        yield ' | '
        yield str(environment.finalize((t_1(context.eval_ctx, environment.getattr(l_1_goal, 'actions'), ', ') or '—')))
        yield ' | '
        yield str(environment.finalize((t_1(context.eval_ctx, environment.getattr(l_1_goal, 'kpis'), ', ') or '—')))
        yield ' |\n'
    l_1_goal = missing

blocks = {}
debug_info = '1=20&3=22&5=34&6=38'