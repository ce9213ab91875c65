from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'summary.html.j2'

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
    yield '<section id="summary" aria-labelledby="summary-h">\n<h2 id="summary-h">'
    yield escape(environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'summary'))
    yield '</h2>\n<dl class="statement">\n<dt>'
    yield escape(environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'vision'))
    yield '</dt>\n<dd>'
    yield escape((undefined(name='vision') if l_0_vision is missing else l_0_vision))
    yield '</dd>\n<dt>'
    yield escape(environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'mission'))
    yield '</dt>\n<dd>'
    yield escape((undefined(name='mission') if l_0_mission is missing else l_0_mission))
    yield '</dd>\n</dl>\n<div class="table-scroll">\n<table class="facts">\n<caption>'
    yield escape(environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'summary'))
    yield '</caption>\n<tbody>\n'
    for l_1_fact in (undefined(name='facts') if l_0_facts is missing else l_0_facts):
        _loop_vars = {}
        pass
        yield '<tr><th scope="row">'
        yield escape(environment.getattr(l_1_fact, 'label'))
        yield '</th><td class="num">'
        yield escape(environment.getattr(l_1_fact, 'value'))
        yield '</td></tr>\n'
    l_1_fact = missing
    yield '</tbody>\n</table>\n</div>\n</section>\n'

blocks = {}
debug_info = '2=16&4=18&5=20&6=22&7=24&11=26&13=28&14=32'