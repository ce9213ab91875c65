from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'critical_path.md.j2'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_labels = resolve('labels')
    l_0_critical_path = resolve('critical_path')
    pass
    yield '## '
    yield str(environment.finalize(environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'critical_path')))
    yield '\n\n'
    if (undefined(name='critical_path') if l_0_critical_path is missing else l_0_critical_path):
        pass
        yield '| # | '
        yield str(environment.finalize(environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'id')))
        yield ' | '
        yield str(environment.finalize(environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'action')))
        yield ' | '
        yield str(environment.finalize(environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'start')))
        yield ' | '
        yield str(environment.finalize(environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'end')))
        yield ' | '
        yield str(environment.finalize(environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'duration')))
        yield ' |\n|---:|---|---|---|---|---:|\n'
        l_1_loop = missing
        for l_1_step, l_1_loop in LoopContext((undefined(name='critical_path') if l_0_critical_path is missing else l_0_critical_path), undefined):
            _loop_vars = {}
            pass
            yield '| '
            yield str(environment.finalize(environment.getattr(l_1_loop, 'index')))
            yield ' | '
            yield str(environment.finalize(environment.getattr(l_1_step, 'id')))
            yield ' | '
            yield str(environment.finalize(environment.getattr(l_1_step, 'title')))
            yield ' | '
            yield str(environment.finalize(environment.getattr(l_1_step, 'start')))
            yield ' | '
            yield str(environment.finalize(environment.getattr(l_1_step, 'finish')))
            yield ' | '
            yield str(environment.finalize(environment.getattr(l_1_step, 'duration')))
            yield ' |\n'
        l_1_loop = l_1_step = missing
    else:
        pass
        yield '_'
        yield str(environment.finalize(environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'no_critical_path')))
        yield '_\n'

blocks = {}
debug_info = '1=14&3=16&4=19&6=30&7=34&10=50'