from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'critical_path.html.j2'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_labels = resolve('labels')
    l_0_critical_path = resolve('critical_path')
    pass
    yield '<section id="critical-path" aria-labelledby="critical-path-h">\n<h2 id="critical-path-h">'
    yield escape(environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'critical_path'))
    yield '</h2>\n'
    if (undefined(name='critical_path') if l_0_critical_path is missing else l_0_critical_path):
        pass
        yield '<div class="table-scroll">\n<table>\n<caption>'
        yield escape(environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'critical_path'))
        yield '</caption>\n<thead>\n<tr><th scope="col" class="num">#</th><th scope="col">'
        yield escape(environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'id'))
        yield '</th><th scope="col">'
        yield escape(environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'action'))
        yield '</th><th scope="col">'
        yield escape(environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'start'))
        yield '</th><th scope="col">'
        yield escape(environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'end'))
        yield '</th><th scope="col" class="num">'
        yield escape(environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'duration'))
        yield '</th></tr>\n</thead>\n<tbody>\n'
        l_1_loop = missing
        for l_1_step, l_1_loop in LoopContext((undefined(name='critical_path') if l_0_critical_path is missing else l_0_critical_path), undefined):
            _loop_vars = {}
            pass
            yield '<tr><td class="num">'
            yield escape(environment.getattr(l_1_loop, 'index'))
            yield '</td><th scope="row"><a href="#action-'
            yield escape(environment.getattr(l_1_step, 'id'))
            yield '">'
            yield escape(environment.getattr(l_1_step, 'id'))
            yield '</a></th><td>'
            yield escape(environment.getattr(l_1_step, 'title'))
            yield '</td><td class="nowrap">'
            yield escape(environment.getattr(l_1_step, 'start'))
            yield '</td><td class="nowrap">'
            yield escape(environment.getattr(l_1_step, 'finish'))
            yield '</td><td class="num">'
            yield escape(environment.getattr(l_1_step, 'duration'))
            yield '</td></tr>\n'
        l_1_loop = l_1_step = missing
        yield '</tbody>\n</table>\n</div>\n'
    else:
        pass
        yield '<p class="empty">'
        yield escape(environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'no_critical_path'))
        yield '</p>\n'
    yield '</section>\n'

blocks = {}
debug_info = '2=14&3=16&6=19&8=21&11=32&12=36&18=55'