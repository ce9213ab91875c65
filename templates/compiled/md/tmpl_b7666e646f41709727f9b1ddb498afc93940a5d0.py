from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'provenance.md.j2'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_labels = resolve('labels')
    l_0_provenance = resolve('provenance')
    pass
    yield '## '
    yield str(environment.finalize(environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'provenance')))
    yield '\n\n'
    yield str(environment.finalize(environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'provenance_legend')))
    yield '\n\n| '
    yield str(environment.finalize(environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'record_kind')))
    yield ' | '
    yield str(environment.finalize(environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'prov_sourced')))
    yield ' | '
    yield str(environment.finalize(environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'prov_reconstructed')))
    yield ' | '
    yield str(environment.finalize(environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'prov_assumption')))
    yield ' | '
    yield str(environment.finalize(environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'prov_unstated')))
    yield ' | '
    yield str(environment.finalize(environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'total')))
    yield ' |\n|---|---:|---:|---:|---:|---:|\n'
    for l_1_row in environment.getattr((undefined(name='provenance') if l_0_provenance is missing else l_0_provenance), 'rows'):
        _loop_vars = {}
        pass
        yield '| '
        yield str(environment.finalize(environment.getattr(l_1_row, 'label')))
        yield ' | '
        yield str(environment.finalize(environment.getattr(l_1_row, 'sourced')))
        yield ' | '
        yield str(environment.finalize(environment.getattr(l_1_row, 'reconstructed')))
        yield ' | '
        yield str(environment.finalize(environment.getattr(l_1_row, 'assumption')))
        yield ' | '
        yield str(environment.finalize(environment.getattr(l_1_row, 'unstated')))
        yield ' | '
        yield str(environment.finalize(environment.getattr(l_1_row, 'total')))
        yield ' |\n'
    l_1_row = missing
    yield '| **'
    yield str(environment.finalize(environment.getattr(environment.getattr((undefined(name='provenance') if l_0_provenance is missing else l_0_provenance), 'total'), 'label')))
    yield '** | **'
    yield str(environment.finalize(environment.getattr(environment.getattr((undefined(name='provenance') if l_0_provenance is missing else l_0_provenance), 'total'), 'sourced')))
    yield '** | **'
    yield str(environment.finalize(environment.getattr(environment.getattr((undefined(name='provenance') if l_0_provenance is missing else l_0_provenance), 'total'), 'reconstructed')))
    yield '** | **'
    yield str(environment.finalize(environment.getattr(environment.getattr((undefined(name='provenance') if l_0_provenance is missing else l_0_provenance), 'total'), 'assumption')))
    yield '** | **'
    yield str(environment.finalize(environment.getattr(environment.getattr((undefined(name='provenance') if l_0_provenance is missing else l_0_provenance), 'total'), 'unstated')))
    yield '** | **'
    yield str(environment.finalize(environment.getattr(environment.getattr((undefined(name='provenance') if l_0_provenance is missing else l_0_provenance), 'total'), 'total')))
    yield '** |\n\n### '
    yield str(environment.finalize(environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'origin')))
    yield '\n\n'
    yield str(environment.finalize(environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'origin_legend')))
    yield '\n\n| '
    yield str(environment.finalize(environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'origin')))
    yield ' | '
    yield str(environment.finalize(environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'count')))
    yield ' | '
    yield str(environment.finalize(environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'actions')))
    yield ' |\n|---|---:|---|\n'
    for l_1_row in environment.getattr((undefined(name='provenance') if l_0_provenance is missing else l_0_provenance), 'origins'):
        _loop_vars = {}
        pass
        yield '| '
        yield str(environment.finalize(environment.getattr(l_1_row, 'label')))
        yield ' | '
        yield str(environment.finalize(environment.getattr(l_1_row, 'count')))
        yield ' | '
        yield str(environment.finalize(environment.getattr(l_1_row, 'ids')))
        yield ' |\n'
    l_1_row = missing

blocks = {}
debug_info = '1=14&3=16&5=18&7=30&8=34&10=48&12=60&14=62&16=64&18=70&19=74'