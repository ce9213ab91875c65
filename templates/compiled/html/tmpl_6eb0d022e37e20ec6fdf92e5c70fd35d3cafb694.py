from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'funding.html.j2'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_labels = resolve('labels')
    l_0_funding_by_source = resolve('funding_by_source')
    l_0_funding_by_phase = resolve('funding_by_phase')
    try:
        t_1 = environment.filters['safe']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'safe' found.")
    pass
    yield '<section id="funding" aria-labelledby="funding-h">\n<h2 id="funding-h">'
    yield escape(environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'funding'))
    yield '</h2>\n<div class="table-scroll">\n<table>\n<caption>'
    yield escape(environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'funding_by_source'))
    yield '</caption>\n<thead>\n<tr><th scope="col">'
    yield escape(environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'source'))
    yield '</th><th scope="col">'
    yield escape(environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'window'))
    yield '</th><th scope="col" class="num">'
    yield escape(environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'available'))
    yield '</th><th scope="col" class="num">'
    yield escape(environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'secured'))
    yield '</th><th scope="col" class="num">'
    yield escape(environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'applied'))
    yield '</th><th scope="col" class="num">'
    yield escape(environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'planned'))
    yield '</th><th scope="col" class="num">'
    yield escape(environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'total'))
    yield '</th><th scope="col" class="num">'
    yield escape(environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'remaining'))
    yield '</th></tr>\n</thead>\n<tbody>\n'
    l_1_loop = missing
    for l_1_row, l_1_loop in LoopContext((undefined(name='funding_by_source') if l_0_funding_by_source is missing else l_0_funding_by_source), undefined):
        _loop_vars = {}
        pass
        yield '<tr'
        yield escape((Markup(' class="total"') if environment.getattr(l_1_loop, 'last') else ''))
        yield '><th scope="row">'
        yield escape(environment.getattr(l_1_row, 'name'))
        yield '</th><td class="nowrap">'
        yield escape(environment.getattr(l_1_row, 'note'))
        yield '</td><td class="num">'
        yield escape(environment.getattr(l_1_row, 'cost'))
        yield '</td><td class="num">'
        yield escape(environment.getattr(l_1_row, 'secured'))
        yield '</td><td class="num">'
        yield escape(environment.getattr(l_1_row, 'applied'))
        yield '</td><td class="num">'
        yield escape(environment.getattr(l_1_row, 'planned'))
        yield '</td><td class="num">'
        yield escape(environment.getattr(l_1_row, 'total'))
        yield '</td><td class="num">'
        yield escape(environment.getattr(l_1_row, 'gap'))
        yield '</td></tr>\n'
    l_1_loop = l_1_row = missing
    yield '</tbody>\n</table>\n</div>\n<div class="table-scroll">\n<table>\n<caption>'
    yield escape(environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'funding_by_phase'))
    yield '</caption>\n<thead>\n<tr><th scope="col">'
    yield escape(environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'phase'))
    yield '</th><th scope="col" class="num">'
    yield escape(environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'cost'))
    yield '</th><th scope="col" class="num">'
    yield escape(environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'secured'))
    yield '</th><th scope="col" class="num">'
    yield escape(environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'applied'))
    yield '</th><th scope="col" class="num">'
    yield escape(environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'planned'))
    yield '</th><th scope="col" class="num">'
    yield escape(environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'total'))
    yield '</th><th scope="col" class="num">'
    yield escape(environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'unfunded'))
    yield '</th></tr>\n</thead>\n<tbody>\n'
    l_1_loop = missing
    for l_1_row, l_1_loop in LoopContext((undefined(name='funding_by_phase') if l_0_funding_by_phase is missing else l_0_funding_by_phase), undefined):
        _loop_vars = {}
        pass
        yield '<tr'
        yield escape((Markup(' class="total"') if environment.getattr(l_1_loop, 'last') else ''))
        yield '><th scope="row">'
        yield escape(environment.getattr(l_1_row, 'name'))
        yield '</th><td class="num">'
        yield escape(environment.getattr(l_1_row, 'cost'))
        yield '</td><td class="num">'
        yield escape(environment.getattr(l_1_row, 'secured'))
        yield '</td><td class="num">'
        yield escape(environment.getattr(l_1_row, 'applied'))
        yield '</td><td class="num">'
        yield escape(environment.getattr(l_1_row, 'planned'))
        yield '</td><td class="num">'
        yield escape(environment.getattr(l_1_row, 'total'))
        yield '</td><td class="num">'
        yield escape(environment.getattr(l_1_row, 'gap'))
        yield '</td></tr>\n'
    l_1_loop = l_1_row = missing
    yield '</tbody>\n</table>\n</div>\n</section>\n'

blocks = {}
debug_info = '2=21&5=23&7=25&10=42&11=46&18=66&20=68&23=83&24=87'