from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'phases.html.j2'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_labels = resolve('labels')
    l_0_phases = resolve('phases')
    l_0_unscheduled = resolve('unscheduled')
    try:
        t_1 = environment.filters['safe']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'safe' found.")
    pass
    yield '<section id="phases" aria-labelledby="phases-h">\n<h2 id="phases-h">'
    yield escape(environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'phases'))
    yield '</h2>\n<p>'
    yield escape(environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'phases_legend'))
    yield '</p>\n'
    for l_1_phase in (undefined(name='phases') if l_0_phases is missing else l_0_phases):
        _loop_vars = {}
        pass
        yield '<section class="phase" aria-labelledby="phase-'
        yield escape(environment.getattr(l_1_phase, 'key'))
        yield '-h">\n<h3 id="phase-'
        yield escape(environment.getattr(l_1_phase, 'key'))
        yield '-h">'
        yield escape(environment.getattr(l_1_phase, 'title'))
        yield ': '
        yield escape(environment.getattr(l_1_phase, 'span'))
        yield '</h3>\n<p>'
        yield escape(environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'phase_cost'))
        yield ': <strong class="num">'
        yield escape(environment.getattr(l_1_phase, 'cost'))
        yield '</strong></p>\n'
        if environment.getattr(l_1_phase, 'actions'):
            pass
            yield '<div class="table-scroll">\n<table class="actions">\n<caption>'
            yield escape(environment.getattr(l_1_phase, 'title'))
            yield '</caption>\n<thead>\n<tr><th scope="col">'
            yield escape(environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'id'))
            yield '</th><th scope="col">'
            yield escape(environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'action'))
            yield '</th><th scope="col">'
            yield escape(environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'area'))
            yield '</th><th scope="col">'
            yield escape(environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'lead'))
            yield '</th><th scope="col">'
            yield escape(environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'start'))
            yield '</th><th scope="col">'
            yield escape(environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'end'))
            yield '</th><th scope="col">'
            yield escape(environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'depends_on'))
            yield '</th><th scope="col" class="num">'
            yield escape(environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'slack'))
            yield '</th><th scope="col" class="num">'
            yield escape(environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'cost'))
            yield '</th><th scope="col">'
            yield escape(environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'status'))
            yield '</th><th scope="col" class="num">'
            yield escape(environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'progress'))
            yield '</th></tr>\n</thead>\n<tbody>\n'
            for l_2_a in environment.getattr(l_1_phase, 'actions'):
                _loop_vars = {}
                pass
                yield '<tr id="action-'
                yield escape(environment.getattr(l_2_a, 'id'))
                yield '" data-area="'
                yield escape(environment.getattr(l_2_a, 'area_id'))
                yield '" data-phase="'
                yield escape(environment.getattr(l_2_a, 'phase'))
                yield '"'
                yield escape((Markup(' class="critical"') if environment.getattr(l_2_a, 'critical') else ''))
                yield '>\n<th scope="row">'
                yield escape(environment.getattr(l_2_a, 'id'))
                yield '</th><td>'
                yield escape(environment.getattr(l_2_a, 'title'))
                yield '</td><td>'
                yield escape(environment.getattr(l_2_a, 'area'))
                yield '</td><td>'
                yield escape(environment.getattr(l_2_a, 'lead'))
                yield '</td><td class="nowrap">'
                yield escape(environment.getattr(l_2_a, 'start'))
                yield '</td><td class="nowrap">'
                yield escape(environment.getattr(l_2_a, 'finish'))
                yield '</td><td>'
                yield escape(environment.getattr(l_2_a, 'depends_on'))
                yield '</td><td class="num">'
                yield escape(environment.getattr(l_2_a, 'slack'))
                yield '</td><td class="num">'
                yield escape(environment.getattr(l_2_a, 'cost'))
                yield '</td><td><span class="status status-'
                yield escape(environment.getattr(l_2_a, 'status'))
                yield '">'
                yield escape(environment.getattr(l_2_a, 'status_label'))
                yield '</span></td><td class="num">'
                yield escape(environment.getattr(l_2_a, 'progress'))
                yield '</td>\n</tr>\n'
            l_2_a = missing
            yield '</tbody>\n</table>\n</div>\n'
        else:
            pass
            yield '<p class="empty">'
            yield escape(environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'no_actions'))
            yield '</p>\n'
        yield '</section>\n'
    l_1_phase = missing
    if (undefined(name='unscheduled') if l_0_unscheduled is missing else l_0_unscheduled):
        pass
        yield '<section class="phase" aria-labelledby="unscheduled-h">\n<h3 id="unscheduled-h">'
        yield escape(environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'unscheduled'))
        yield '</h3>\n<div class="table-scroll">\n<table class="actions">\n<caption>'
        yield escape(environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'unscheduled'))
        yield '</caption>\n<thead>\n<tr><th scope="col">'
        yield escape(environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'id'))
        yield '</th><th scope="col">'
        yield escape(environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'action'))
        yield '</th><th scope="col">'
        yield escape(environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'area'))
        yield '</th><th scope="col">'
        yield escape(environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'lead'))
        yield '</th><th scope="col">'
        yield escape(environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'status'))
        yield '</th></tr>\n</thead>\n<tbody>\n'
        for l_1_a in (undefined(name='unscheduled') if l_0_unscheduled is missing else l_0_unscheduled):
            _loop_vars = {}
            pass
            yield '<tr id="action-'
            yield escape(environment.getattr(l_1_a, 'id'))
            yield '" data-area="'
            yield escape(environment.getattr(l_1_a, 'area_id'))
            yield '" data-phase="">\n<th scope="row">'
            yield escape(environment.getattr(l_1_a, 'id'))
            yield '</th><td>'
            yield escape(environment.getattr(l_1_a, 'title'))
            yield '</td><td>'
            yield escape(environment.getattr(l_1_a, 'area'))
            yield '</td><td>'
            yield escape(environment.getattr(l_1_a, 'lead'))
            yield '</td><td><span class="status status-'
            yield escape(environment.getattr(l_1_a, 'status'))
            yield '">'
            yield escape(environment.getattr(l_1_a, 'status_label'))
            yield '</span></td>\n</tr>\n'
        l_1_a = missing
        yield '</tbody>\n</table>\n</div>\n</section>\n'
    yield '</section>\n'

blocks = {}
debug_info = '2=21&3=23&4=25&5=29&6=31&7=37&8=41&11=44&13=46&16=68&17=72&18=80&25=109&29=113&31=116&34=118&36=120&39=130&40=134&41=138'