from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'warnings.html.j2'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_labels = resolve('labels')
    l_0_warnings = resolve('warnings')
    pass
    yield '<section id="warnings" aria-labelledby="warnings-h">\n<h2 id="warnings-h">'
    yield escape(environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'warnings'))
    yield '</h2>\n'
    if (undefined(name='warnings') if l_0_warnings is missing else l_0_warnings):
        pass
        yield '<div class="table-scroll">\n<table>\n<caption>'
        yield escape(environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'warnings'))
        yield '</caption>\n<thead>\n<tr><th scope="col">'
        yield escape(environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'code'))
        yield '</th><th scope="col">'
        yield escape(environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'severity'))
        yield '</th><th scope="col">'
        yield escape(environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'where'))
        yield '</th><th scope="col">'
        yield escape(environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'message'))
        yield '</th></tr>\n</thead>\n<tbody>\n'
        for l_1_w in (undefined(name='warnings') if l_0_warnings is missing else l_0_warnings):
            _loop_vars = {}
            pass
            yield '<tr><th scope="row">'
            yield escape(environment.getattr(l_1_w, 'code'))
            yield '</th><td>'
            yield escape(environment.getattr(l_1_w, 'severity'))
            yield '</td><td class="nowrap">'
            yield escape(environment.getattr(l_1_w, 'where'))
            yield '</td><td>'
            yield escape(environment.getattr(l_1_w, 'message'))
            yield '</td></tr>\n'
        l_1_w = missing
        yield '</tbody>\n</table>\n</div>\n'
    else:
        pass
        yield '<p class="empty">'
        yield escape(environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'no_warnings'))
        yield '</p>\n'
    yield '</section>\n'

blocks = {}
debug_info = '2=14&3=16&6=19&8=21&11=29&12=33&18=46'