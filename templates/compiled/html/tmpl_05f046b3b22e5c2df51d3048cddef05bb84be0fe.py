from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'provenance.html.j2'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_labels = resolve('labels')
    l_0_provenance = resolve('provenance')
    pass
    yield '<section id="provenance" aria-labelledby="provenance-h">\n<h2 id="provenance-h">'
    yield escape(environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'provenance'))
    yield '</h2>\n<p>'
    yield escape(environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'provenance_legend'))
    yield '</p>\n<div class="table-scroll">\n<table>\n<caption>'
    yield escape(environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'provenance'))
    yield '</caption>\n<thead>\n<tr><th scope="col">'
    yield escape(environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'record_kind'))
    yield '</th><th scope="col" class="num">'
    yield escape(environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'prov_sourced'))
    yield '</th><th scope="col" class="num">'
    yield escape(environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'prov_reconstructed'))
    yield '</th><th scope="col" class="num">'
    yield escape(environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'prov_assumption'))
    yield '</th><th scope="col" class="num">'
    yield escape(environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'prov_unstated'))
    yield '</th><th scope="col" class="num">'
    yield escape(environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'total'))
    yield '</th></tr>\n</thead>\n<tbody>\n'
    for l_1_row in environment.getattr((undefined(name='provenance') if l_0_provenance is missing else l_0_provenance), 'rows'):
        _loop_vars = {}
        pass
        yield '<tr><th scope="row">'
        yield escape(environment.getattr(l_1_row, 'label'))
        yield '</th><td class="num">'
        yield escape(environment.getattr(l_1_row, 'sourced'))
        yield '</td><td class="num">'
        yield escape(environment.getattr(l_1_row, 'reconstructed'))
        yield '</td><td class="num">'
        yield escape(environment.getattr(l_1_row, 'assumption'))
        yield '</td><td class="num">'
        yield escape(environment.getattr(l_1_row, 'unstated'))
        yield '</td><td class="num">'
        yield escape(environment.getattr(l_1_row, 'total'))
        yield '</td></tr>\n'
    l_1_row = missing
    yield '<tr class="total"><th scope="row">'
    yield escape(environment.getattr(environment.getattr((undefined(name='provenance') if l_0_provenance is missing else l_0_provenance), 'total'), 'label'))
    yield '</th><td class="num">'
    yield escape(environment.getattr(environment.getattr((undefined(name='provenance') if l_0_provenance is missing else l_0_provenance), 'total'), 'sourced'))
    yield '</td><td class="num">'
    yield escape(environment.getattr(environment.getattr((undefined(name='provenance') if l_0_provenance is missing else l_0_provenance), 'total'), 'reconstructed'))
    yield '</td><td class="num">'
    yield escape(environment.getattr(environment.getattr((undefined(name='provenance') if l_0_provenance is missing else l_0_provenance), 'total'), 'assumption'))
    yield '</td><td class="num">'
    yield escape(environment.getattr(environment.getattr((undefined(name='provenance') if l_0_provenance is missing else l_0_provenance), 'total'), 'unstated'))
    yield '</td><td class="num">'
    yield escape(environment.getattr(environment.getattr((undefined(name='provenance') if l_0_provenance is missing else l_0_provenance), 'total'), 'total'))
    yield '</td></tr>\n</tbody>\n</table>\n</div>\n<h3>'
    yield escape(environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'origin'))
    yield '</h3>\n<p>'
    yield escape(environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'origin_legend'))
    yield '</p>\n<div class="table-scroll">\n<table>\n<caption>'
    yield escape(environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'origin'))
    yield '</caption>\n<thead>\n<tr><th scope="col">'
    yield escape(environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'origin'))
    yield '</th><th scope="col" class="num">'
    yield escape(environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'count'))
    yield '</th><th scope="col">'
    yield escape(environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'actions'))
    yield '</th></tr>\n</thead>\n<tbody>\n'
    for l_1_row in environment.getattr((undefined(name='provenance') if l_0_provenance is missing else l_0_provenance), 'origins'):
        _loop_vars = {}
        pass
        yield '<tr><th scope="row">'
        yield escape(environment.getattr(l_1_row, 'label'))
        yield '</th><td class="num">'
        yield escape(environment.getattr(l_1_row, 'count'))
        yield '</td><td>'
        yield escape(environment.getattr(l_1_row, 'ids'))
        yield '</td></tr>\n'
    l_1_row = missing
    yield '</tbody>\n</table>\n</div>\n</section>\n'

blocks = {}
debug_info = '2=14&3=16&6=18&8=20&11=32&12=36&14=50&18=62&19=64&22=66&24=68&27=74&28=78'