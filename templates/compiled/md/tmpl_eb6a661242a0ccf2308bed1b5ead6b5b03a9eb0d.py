from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'pool_load.md.j2'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_labels = resolve('labels')
    l_0_pool_table = resolve('pool_table')
    pass
    yield '## '
    yield str(environment.finalize(environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'pool_load')))
    yield '\n\n'
    yield str(environment.finalize(environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'pool_load_legend')))
    yield '\n\n|'
    for l_1_cell in environment.getattr((undefined(name='pool_table') if l_0_pool_table is missing else l_0_pool_table), 'header'):
        _loop_vars = {}
        pass
        yield ' '
        yield str(environment.finalize(l_1_cell))
        yield ' |'
    l_1_cell = missing
    yield '\n|---|'
    for l_1_cell in environment.getattr((undefined(name='pool_table') if l_0_pool_table is missing else l_0_pool_table), 'header')[1:]:
        _loop_vars = {}
        pass
        yield '---:|'
    l_1_cell = missing
    yield '\n'
    for l_1_row in environment.getattr((undefined(name='pool_table') if l_0_pool_table is missing else l_0_pool_table), 'rows'):
        _loop_vars = {}
        pass
        yield '| '
        yield str(environment.finalize(environment.getattr(l_1_row, 'month')))
        yield ' |'
        for l_2_c in environment.getattr(l_1_row, 'cells'):
            _loop_vars = {}
            pass
            yield ' '
            if (environment.getattr(l_2_c, 'mark') == 'over'):
                pass
                yield '⚠ **'
                yield str(environment.finalize(environment.getattr(l_2_c, 'text')))
                yield '**'
            elif (environment.getattr(l_2_c, 'mark') == 'full'):
                pass
                yield '**'
                yield str(environment.finalize(environment.getattr(l_2_c, 'text')))
                yield '**'
            else:
                pass
                yield str(environment.finalize(environment.getattr(l_2_c, 'text')))
            yield ' |'
        l_2_c = missing
        yield '\n'
    l_1_row = missing

blocks = {}
debug_info = '1=14&3=16&5=18&7=26&9=32&10=36'