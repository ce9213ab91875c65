from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'kpis.html.j2'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_labels = resolve('labels')
    l_0_kpis = resolve('kpis')
    pass
    yield '<section id="kpis" aria-labelledby="kpis-h">\n<h2 id="kpis-h">'
    yield escape(environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'kpi_table'))
    yield '</h2>\n'
    if (undefined(name='kpis') if l_0_kpis is missing else l_0_kpis):
        pass
        yield '<div class="table-scroll">\n<table>\n<caption>'
        yield escape(environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'kpi_table'))
        yield '</caption>\n<thead>\n<tr><th scope="col">'
        yield escape(environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'id'))
        yield '</th><th scope="col">'
        yield escape(environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'kpi'))
        yield '</th><th scope="col">'
        yield escape(environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'goal'))
        yield '</th><th scope="col">'
        yield escape(environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'unit'))
        yield '</th><th scope="col">'
        yield escape(environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'direction'))
        yield '</th><th scope="col" class="num">'
        yield escape(environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'baseline'))
        yield '</th><th scope="col" class="num">'
        yield escape(environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'target'))
        yield '</th><th scope="col" class="num">'
        yield escape(environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'latest'))
        yield '</th><th scope="col" class="num">'
        yield escape(environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'progress'))
        yield '</th></tr>\n</thead>\n<tbody>\n'
        for l_1_k in (undefined(name='kpis') if l_0_kpis is missing else l_0_kpis):
            _loop_vars = {}
            pass
            yield '<tr><th scope="row">'
            yield escape(environment.getattr(l_1_k, 'id'))
            yield '</th><td>'
            yield escape(environment.getattr(l_1_k, 'name'))
            yield '</td><td>'
            yield escape(environment.getattr(l_1_k, 'goal'))
            yield '</td><td>'
            yield escape(environment.getattr(l_1_k, 'unit'))
            yield '</td><td class="nowrap">'
            yield escape(environment.getattr(l_1_k, 'direction'))
            yield '</td><td class="num">'
            yield escape(environment.getattr(l_1_k, 'baseline'))
            yield '</td><td class="num">'
            yield escape(environment.getattr(l_1_k, 'target'))
            yield '</td><td class="num">'
            yield escape(environment.getattr(l_1_k, 'latest'))
            yield '</td><td class="num">'
            yield escape(environment.getattr(l_1_k, 'progress'))
            yield '</td></tr>\n'
        l_1_k = missing
        yield '</tbody>\n</table>\n</div>\n'
    else:
        pass
        yield '<p class="empty">'
        yield escape(environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'no_kpis'))
        yield '</p>\n'
    yield '</section>\n'

blocks = {}
debug_info = '2=14&3=16&6=19&8=21&11=39&12=43&18=66'