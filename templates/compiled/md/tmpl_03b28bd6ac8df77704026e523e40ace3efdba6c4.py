from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'warnings.md.j2'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_labels = resolve('labels')
    l_0_warnings = resolve('warnings')
    pass
    yield '## '
    yield str(environment.finalize(environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'warnings')))
    yield '\n\n'
    if (undefined(name='warnings') if l_0_warnings is missing else l_0_warnings):
        pass
        yield '| '
        yield str(environment.finalize(environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'code')))
        yield ' | '
        yield str(environment.finalize(environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'severity')))
        yield ' | '
        yield str(environment.finalize(environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'where')))
        yield ' | '
        yield str(environment.finalize(environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'message')))
        yield ' |\n|---|---|---|---|\n'
        for l_1_w in (undefined(name='warnings') if l_0_warnings is missing else l_0_warnings):
            _loop_vars = {}
            pass
            yield '| '
            yield str(environment.finalize(environment.getattr(l_1_w, 'code')))
            yield ' | '
            yield str(environment.finalize(environment.getattr(l_1_w, 'severity')))
            yield ' | '
            yield str(environment.finalize(environment.getattr(l_1_w, 'where')))
            yield ' | '
            yield str(environment.finalize(environment.getattr(l_1_w, 'message')))
            yield ' |\n'
        l_1_w = missing
    else:
        pass
        yield '_'
        yield str(environment.finalize(environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'no_warnings')))
        yield '_\n'

blocks = {}
debug_info = '1=14&3=16&4=19&6=27&7=31&10=43'