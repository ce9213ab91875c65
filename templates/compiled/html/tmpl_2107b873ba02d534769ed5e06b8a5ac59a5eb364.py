from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'deferred.html.j2'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_labels = resolve('labels')
    l_0_deferred = resolve('deferred')
    try:
        t_1 = environment.filters['length']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'length' found.")
    pass
    yield '<section id="deferred" class="deferred" aria-labelledby="deferred-h">\n<h2 id="deferred-h">'
    yield escape(environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'deferred'))
    yield ' ('
    yield escape(t_1((undefined(name='deferred') if l_0_deferred is missing else l_0_deferred)))
    yield ')</h2>\n<p>'
    yield escape(environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'deferred_legend'))
    yield '</p>\n<div class="table-scroll">\n<table class="actions">\n<caption>'
    yield escape(environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'deferred'))
    yield '</caption>\n<thead>\n<tr><th scope="col">'
    yield escape(environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'id'))
    yield '</th><th scope="col">'
    yield escape(environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'action'))
    yield '</th><th scope="col">'
    yield escape(environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'area'))
    yield '</th><th scope="col">'
    yield escape(environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'lead'))
    yield '</th><th scope="col" class="num">'
    yield escape(environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'cost'))
    yield '</th><th scope="col">'
    yield escape(environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'reason'))
    yield '</th></tr>\n</thead>\n<tbody>\n'
    for l_1_d in (undefined(name='deferred') if l_0_deferred is missing else l_0_deferred):
        _loop_vars = {}
        pass
        yield '<tr id="action-'
        yield escape(environment.getattr(l_1_d, 'id'))
        yield '"><th scope="row">'
        yield escape(environment.getattr(l_1_d, 'id'))
        yield '</th><td>'
        yield escape(environment.getattr(l_1_d, 'title'))
        yield '</td><td>'
        yield escape(environment.getattr(l_1_d, 'area'))
        yield '</td><td>'
        yield escape(environment.getattr(l_1_d, 'lead'))
        yield '</td><td class="num">'
        yield escape(environment.getattr(l_1_d, 'cost'))
        yield '</td><td>'
        yield escape(environment.getattr(l_1_d, 'reason'))
        yield '</td></tr>\n'
    l_1_d = missing
    yield '</tbody>\n</table>\n</div>\n</section>\n'

blocks = {}
debug_info = '2=20&3=24&6=26&8=28&11=40&12=44'