from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'timeline.html.j2'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_labels = resolve('labels')
    l_0_areas = resolve('areas')
    l_0_phase_options = resolve('phase_options')
    l_0_gantt_svg = resolve('gantt_svg')
    pass
    yield '<section id="timeline" aria-labelledby="timeline-h">\n<h2 id="timeline-h">'
    yield escape(environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'gantt'))
    yield '</h2>\n<form id="filters" class="filters" hidden>\n<label>'
    yield escape(environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'filter_area'))
    yield '\n<select id="filter-area">\n<option value="">'
    yield escape(environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'all_areas'))
    yield '</option>\n'
    for l_1_option in (undefined(name='areas') if l_0_areas is missing else l_0_areas):
        _loop_vars = {}
        pass
        yield '<option value="'
        yield escape(environment.getattr(l_1_option, 'value'))
        yield '">'
        yield escape(environment.getattr(l_1_option, 'label'))
        yield '</option>\n'
    l_1_option = missing
    yield '</select>\n</label>\n<label>'
    yield escape(environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'filter_phase'))
    yield '\n<select id="filter-phase">\n<option value="">'
    yield escape(environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'all_phases'))
    yield '</option>\n'
    for l_1_option in (undefined(name='phase_options') if l_0_phase_options is missing else l_0_phase_options):
        _loop_vars = {}
        pass
        yield '<option value="'
        yield escape(environment.getattr(l_1_option, 'value'))
        yield '">'
        yield escape(environment.getattr(l_1_option, 'label'))
        yield '</option>\n'
    l_1_option = missing
    yield '</select>\n</label>\n<output id="filter-count" aria-live="polite" data-showing="'
    yield escape(environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'showing'))
    yield '" data-of="'
    yield escape(environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'of'))
    yield '"></output>\n</form>\n<div class="gantt-scroll" role="region" aria-labelledby="timeline-h" tabindex="0">\n'
    template = environment.get_template('gantt.svg.j2', 'timeline.html.j2')
    gen = template.root_render_func(template.new_context(context.get_all(), True, {}))
    try:
        for event in gen:
            yield event
    finally: gen.close()
    yield '</div>\n<p class="hint">'
    yield escape(environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'gantt_scroll_hint'))
    yield '</p>\n<ul class="legend" aria-label="'
    yield escape(environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'legend'))
    yield '">\n'
    for l_1_item in environment.getattr((undefined(name='gantt_svg') if l_0_gantt_svg is missing else l_0_gantt_svg), 'legend'):
        _loop_vars = {}
        pass
        yield '<li><svg width="14" height="14" aria-hidden="true"><rect width="14" height="14" rx="2" fill="'
        yield escape(environment.getattr(l_1_item, 'fill'))
        yield '"/></svg>'
        yield escape(environment.getattr(l_1_item, 'label'))
        yield '</li>\n'
    l_1_item = missing
    yield '<li><svg width="22" height="14" aria-hidden="true"><rect x="1" y="2" width="20" height="10" rx="2" class="legend-bar"/><rect x="1" y="2" width="10" height="10" rx="2" class="legend-done"/></svg>'
    yield escape(environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'legend_progress'))
    yield '</li>\n<li><svg width="22" height="14" aria-hidden="true"><rect x="1" y="2" width="20" height="10" rx="2" class="legend-bar legend-critical"/></svg>'
    yield escape(environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'legend_critical'))
    yield '</li>\n<li><svg width="14" height="14" aria-hidden="true"><path d="M7,1 L13,7 L7,13 L1,7 Z" class="deadline"/></svg>'
    yield escape(environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'legend_deadline'))
    yield '</li>\n<li><svg width="14" height="14" aria-hidden="true"><path d="M7,1 L13,7 L7,13 L1,7 Z" class="deadline missed"/></svg>'
    yield escape(environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'legend_missed'))
    yield '</li>\n<li><svg width="22" height="14" aria-hidden="true"><path d="M1,7 H16" class="dep" marker-end="url(#arrow)"/></svg>'
    yield escape(environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'legend_dependency'))
    yield '</li>\n<li><svg width="14" height="14" aria-hidden="true"><path d="M7,0 V14" class="today-line"/></svg>'
    yield escape(environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'today'))
    yield '</li>\n</ul>\n</section>\n'

blocks = {}
debug_info = '2=16&4=18&6=20&7=22&8=26&12=32&14=34&15=36&16=40&20=46&23=50&25=57&26=59&27=61&28=65&30=71&31=73&32=75&33=77&34=79&35=81'