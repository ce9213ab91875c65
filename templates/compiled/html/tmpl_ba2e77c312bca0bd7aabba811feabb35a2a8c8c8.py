from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'responsibilities.html.j2'

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
    yield '<section id="responsibilities" aria-labelledby="responsibilities-h">\n<h2 id="responsibilities-h">'
    yield escape(environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'responsibilities'))
    yield '</h2>\n<p>'
    yield escape(environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'responsibility_legend'))
    yield '</p>\n<div class="table-scroll">\n<table class="matrix">\n<caption>'
    yield escape(environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'responsibilities'))
    yield '</caption>\n<thead>\n<tr><th scope="col">'
    yield escape(environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'action'))
    yield '</th>'
    for l_1_actor in (undefined(name='actors') if l_0_actors is missing else l_0_actors):
        _loop_vars = {}
        pass
        yield '<th scope="col" class="actor"><abbr title="'
        yield escape(environment.getattr(l_1_actor, 'name'))
        yield '">'
        yield escape(environment.getattr(l_1_actor, 'id'))
        yield '</abbr></th>'
    l_1_actor = missing
    yield '</tr>\n</thead>\n<tbody>\n'
    for l_1_row in (undefined(name='responsibilities') if l_0_responsibilities is missing else l_0_responsibilities):
        _loop_vars = {}
        pass
        yield '<tr data-area="'
        yield escape(environment.getattr(l_1_row, 'area_id'))
        yield '" data-phase="'
        yield escape(environment.getattr(l_1_row, 'phase'))
        yield '"><th scope="row">'
        yield escape(environment.getattr(l_1_row, 'id'))
        yield ' '
        yield escape(environment.getattr(l_1_row, 'title'))
        yield '</th>'
        for l_2_cell in environment.getattr(l_1_row, 'cells'):
            _loop_vars = {}
            pass
            yield '<td class="mark">'
            yield escape(l_2_cell)
            yield '</td>'
        l_2_cell = missing
        yield '</tr>\n'
    l_1_row = missing
    yield '</tbody>\n</table>\n</div>\n<div class="table-scroll">\n<table>\n<caption>'
    yield escape(environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'actors'))
    yield '</caption>\n<thead>\n<tr><th scope="col">'
    yield escape(environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'id'))
    yield '</th><th scope="col">'
    yield escape(environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'actor'))
    yield '</th><th scope="col" class="num">'
    yield escape(environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'capacity'))
    yield '</th><th scope="col">'
    yield escape(environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'leads'))
    yield '</th><th scope="col">'
    yield escape(environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'takes_part'))
    yield '</th></tr>\n</thead>\n<tbody>\n'
    for l_1_actor in (undefined(name='actors') if l_0_actors is missing else l_0_actors):
        _loop_vars = {}
        pass
        yield '<tr><th scope="row">'
        yield escape(environment.getattr(l_1_actor, 'id'))
        yield '</th><td>'
        yield escape(environment.getattr(l_1_actor, 'name'))
        yield '</td><td class="num">'
        yield escape(environment.getattr(l_1_actor, 'capacity'))
        yield '</td><td>'
        yield escape(environment.getattr(l_1_actor, 'leads'))
        yield '</td><td>'
        yield escape(environment.getattr(l_1_actor, 'takes_part'))
        yield '</td></tr>\n'
    l_1_actor = missing
    yield '</tbody>\n</table>\n</div>\n</section>\n'

blocks = {}
debug_info = '2=15&3=17&6=19&8=21&11=33&12=37&19=55&21=57&24=67&25=71'