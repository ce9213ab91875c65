from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'funding.md.j2'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_labels = resolve('labels')
    l_0_funding_by_source = resolve('funding_by_source')
    l_0_funding_by_phase = resolve('funding_by_phase')
    pass
    yield '## '
    yield str(environment.finalize(environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'funding')))
    yield '\n\n### '
    yield str(environment.finalize(environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'funding_by_source')))
    yield '\n\n| '
    yield str(environment.finalize(environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'source')))
    yield ' | '
    yield str(environment.finalize(environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'window')))
    yield ' | '
    yield str(environment.finalize(environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'available')))
    yield ' | '
    yield str(environment.finalize(environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'secured')))
    yield ' | '
    yield str(environment.finalize(environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'applied')))
    yield ' | '
    yield str(environment.finalize(environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'planned')))
    yield ' | '
    yield str(environment.finalize(environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'total')))
    yield ' | '
    yield str(environment.finalize(environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'remaining')))
    yield ' |\n|---|---|---:|---:|---:|---:|---:|---:|\n'
    for l_1_row in (undefined(name='funding_by_source') if l_0_funding_by_source is missing else l_0_funding_by_source):
        _loop_vars = {}
        pass
        yield '| '
        yield str(environment.finalize(environment.getattr(l_1_row, 'name')))
        yield ' | '
        yield str(environment.finalize(environment.getattr(l_1_row, 'note')))
        yield ' | '
        yield str(environment.finalize(environment.getattr(l_1_row, 'cost')))
        yield ' | '
        yield str(environment.finalize(environment.getattr(l_1_row, 'secured')))
        yield ' | '
        yield str(environment.finalize(environment.getattr(l_1_row, 'applied')))
        yield ' | '
        yield str(environment.finalize(environment.getattr(l_1_row, 'planned')))
        yield ' | '
        yield str(environment.finalize(environment.getattr(l_1_row, 'total')))
        yield ' | '
        yield str(environment.finalize(environment.getattr(l_1_row, 'gap')))
        yield ' |\n'
    l_1_row = missing
    yield '\n### '
    yield str(environment.finalize(environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'funding_by_phase')))
    yield '\n\n| '
    yield str(environment.finalize(environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'phase')))
    yield ' | '
    yield str(environment.finalize(environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'cost')))
    yield ' | '
    yield str(environment.finalize(environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'secured')))
    yield ' | '
    yield str(environment.finalize(environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'applied')))
    yield ' | '
    yield str(environment.finalize(environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'planned')))
    yield ' | '
    yield str(environment.finalize(environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'total')))
    yield ' | '
    yield str(environment.finalize(environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'unfunded')))
    yield ' |\n|---|---:|---:|---:|---:|---:|---:|\n'
    for l_1_row in (undefined(name='funding_by_phase') if l_0_funding_by_phase is missing else l_0_funding_by_phase):
        _loop_vars = {}
        pass
        yield '| '
        yield str(environment.finalize(environment.getattr(l_1_row, 'name')))
        yield ' | '
        yield str(environment.finalize(environment.getattr(l_1_row, 'cost')))
        yield ' | '
        yield str(environment.finalize(environment.getattr(l_1_row, 'secured')))
        yield ' | '
        yield str(environment.finalize(environment.getattr(l_1_row, 'applied')))
        yield ' | '
        yield str(environment.finalize(environment.getattr(l_1_row, 'planned')))
        yield ' | '
        yield str(environment.finalize(environment.getattr(l_1_row, 'total')))
        yield ' | '
        yield str(environment.finalize(environment.getattr(l_1_row, 'gap')))
        yield ' |\n'
    l_1_row = missing

blocks = {}
debug_info = '1=15&3=17&5=19&7=35&8=39&11=57&13=59&15=73&16=77'