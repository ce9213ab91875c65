from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'summary.md.j2'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_labels = resolve('labels')
    l_0_vision = resolve('vision')
    l_0_mission = resolve('mission')
    l_0_facts = resolve('facts')
    pass
    yield '## '
    yield str(environment.finalize(environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'summary')))
    yield '\n\n**'
    yield str(environment.finalize(environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'vision')))
    yield ':** '
    yield str(environment.finalize((undefined(name='vision') if l_0_vision is missing else l_0_vision)))
    yield '\n\n**'
    yield str(environment.finalize(environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'mission')))
    yield ':** '
    yield str(environment.finalize((undefined(name='mission') if l_0_mission is missing else l_0_mission)))
    yield '\n\n| '
    yield str(environment.finalize(environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'fact')))
    yield ' | '
    yield str(environment.finalize(environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'value')))
    yield ' |\n|---|---:|\n'
    for l_1_fact in (undefined(name='facts') if l_0_facts is missing else l_0_facts):
        _loop_vars = {}
        pass
        yield '| '
        yield str(environment.finalize(environment.getattr(l_1_fact, 'label')))
        yield ' | '
        yield str(environment.finalize(environment.getattr(l_1_fact, 'value')))
        yield ' |\n'
    l_1_fact = missing

blocks = {}
debug_info = '1=16&3=18&5=22&7=26&9=30&10=34'