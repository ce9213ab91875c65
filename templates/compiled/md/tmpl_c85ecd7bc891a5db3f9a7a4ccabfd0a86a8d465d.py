from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'kpis.md.j2'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_labels = resolve('labels')
    l_0_kpis = resolve('kpis')
    pass
    yield '## '
    yield str(environment.finalize(environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'kpi_table')))
    yield '\n\n'
    if (undefined(name='kpis') if l_0_kpis is missing else l_0_kpis):
        pass
        yield '| '
        yield str(environment.finalize(environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'id')))
        yield ' | '
        yield str(environment.finalize(environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'kpi')))
        yield ' | '
        yield str(environment.finalize(environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'goal')))
        yield ' | '
        yield str(environment.finalize(environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'unit')))
        yield ' | '
        yield str(environment.finalize(environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'direction')))
        yield ' | '
        yield str(environment.finalize(environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'baseline')))
        yield ' | '
        yield str(environment.finalize(environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'target')))
        yield ' | '
        yield str(environment.finalize(environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'latest')))
        yield ' | '
        yield str(environment.finalize(environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'progress')))
        yield ' |\n|---|---|---|---|---|---:|---:|---:|---:|\n'
        for l_1_k in (undefined(name='kpis') if l_0_kpis is missing else l_0_kpis):
            _loop_vars = {}
            pass
            yield '| '
            yield str(environment.finalize(environment.getattr(l_1_k, 'id')))
            yield ' | '
            yield str(environment.finalize(environment.getattr(l_1_k, 'name')))
            yield ' | '
            yield str(environment.finalize(environment.getattr(l_1_k, 'goal')))
            yield ' | '
            yield str(environment.finalize(environment.getattr(l_1_k, 'unit')))
            yield ' | '
            yield str(environment.finalize(environment.getattr(l_1_k, 'direction')))
            yield ' | '
            yield str(environment.finalize(environment.getattr(l_1_k, 'baseline')))
            yield ' | '
            yield str(environment.finalize(environment.getattr(l_1_k, 'target')))
            yield ' | '
            yield str(environment.finalize(environment.getattr(l_1_k, 'latest')))
            yield ' | '
            yield str(environment.finalize(environment.getattr(l_1_k, 'progress')))
            yield ' |\n'
        l_1_k = missing
    else:
        pass
        yield '_'
        yield str(environment.finalize(environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'no_kpis')))
        yield '_\n'

blocks = {}
debug_info = '1=14&3=16&4=19&6=37&7=41&10=63'