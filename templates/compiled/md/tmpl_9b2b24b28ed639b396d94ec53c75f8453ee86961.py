from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'responsibilities.md.j2'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_labels = resolve('labels')
    l_0_actors = resolve('actors')
    l_0_responsibilities = resolve('responsibilities')
    pass
    yield '## '
    yield str(environment.finalize(environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'responsibilities')))
    yield '\n\n'
    yield str(environment.finalize(environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'responsibility_legend')))
    yield '\n\n| '
    yield str(environment.finalize(environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'action')))
    yield ' |'
    for l_1_actor in (undefined(name='actors') if l_0_actors is missing else l_0_actors):
        _loop_vars = {}
        pass
        yield ' '
        yield str(environment.finalize(environment.getattr(l_1_actor, 'id')))
        yield ' |'
    l_1_actor = missing
    yield '\n|---|'
    for l_1_actor in (undefined(name='actors') if l_0_actors is missing else l_0_actors):
        _loop_vars = {}
        pass
        yield ':---:|'
    l_1_actor = missing
    yield '\n'
    for l_1_row in (undefined(name='responsibilities') if l_0_responsibilities is missing else l_0_responsibilities):
        _loop_vars = {}
        pass
        yield '| '
        yield str(environment.finalize(environment.getattr(l_1_row, 'id')))
        yield ' '
        yield str(environment.finalize(environment.getattr(l_1_row, 'title')))
        yield ' |'
        for l_2_cell in environment.getattr(l_1_row, 'cells'):
            _loop_vars = {}
            pass
            yield ' '
            yield str(environment.finalize(l_2_cell))
            yield ' |'
        l_2_cell = missing
        yield '\n'
    l_1_row = missing
    yield '\n| '
    yield str(environment.finalize(environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'id')))
    yield ' | '
    yield str(environment.finalize(environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'actor')))
    yield ' | '
    yield str(environment.finalize(environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'capacity')))
    yield ' | '
    yield str(environment.finalize(environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'leads')))
    yield ' | '
    yield str(environment.finalize(environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'takes_part')))
    yield ' |\n|---|---|---:|---|---|\n'
    for l_1_actor in (undefined(name='actors') if l_0_actors is missing else l_0_actors):
        _loop_vars = {}
        pass
        yield '| '
        yield str(environment.finalize(environment.getattr(l_1_actor, 'id')))
        yield ' | '
        yield str(environment.finalize(environment.getattr(l_1_actor, 'name')))
        yield ' | '
        yield str(environment.finalize(environment.getattr(l_1_actor, 'capacity')))
        yield ' | '
        yield str(environment.finalize(environment.getattr(l_1_actor, 'leads')))
        yield ' | '
        yield str(environment.finalize(environment.getattr(l_1_actor, 'takes_part')))
        yield ' |\n'
    l_1_actor = missing

blocks = {}
debug_info = '1=15&3=17&5=19&7=29&9=35&10=39&14=53&16=63&17=67'