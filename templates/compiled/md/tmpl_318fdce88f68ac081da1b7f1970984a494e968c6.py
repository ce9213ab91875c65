from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'deferred.md.j2'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_labels = resolve('labels')
    l_0_deferred = resolve('deferred')
    pass
    yield '## '
    yield str(environment.finalize(environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'deferred')))
    yield '\n\n'
    yield str(environment.finalize(environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'deferred_legend')))
    yield '\n\n| '
    yield str(environment.finalize(environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'id')))
    yield ' | '
    yield str(environment.finalize(environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'action')))
    yield ' | '
    yield str(environment.finalize(environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'area')))
    yield ' | '
    yield str(environment.finalize(environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'lead')))
    yield ' | '
    yield str(environment.finalize(environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'cost')))
    yield ' | '
    yield str(environment.finalize(environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'reason')))
    yield ' |\n|---|---|---|---|---:|---|\n'
    for l_1_d in (undefined(name='deferred') if l_0_deferred is missing else l_0_deferred):
        _loop_vars = {}
        pass
        yield '| **'
        yield str(environment.finalize(environment.getattr(l_1_d, 'id')))
        yield '** | '
        yield str(environment.finalize(environment.getattr(l_1_d, 'title')))
        yield ' | '
        yield str(environment.finalize(environment.getattr(l_1_d, 'area')))
        yield ' | '
        yield str(environment.finalize(environment.getattr(l_1_d, 'lead')))
        yield ' | '
        yield str(environment.finalize(environment.getattr(l_1_d, 'cost')))
        yield ' | '
        yield str(environment.finalize(environment.getattr(l_1_d, 'reason')))
        yield ' |\n'
    l_1_d = missing

blocks = {}
debug_info = '1=14&3=16&5=18&7=30&8=34'