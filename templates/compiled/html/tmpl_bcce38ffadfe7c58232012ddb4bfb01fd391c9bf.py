from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'gantt.svg.j2'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_gantt_svg = resolve('gantt_svg')
    l_0_g = missing
    try:
        t_1 = environment.tests['none']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No test named 'none' found.")
    pass
    l_0_g = (undefined(name='gantt_svg') if l_0_gantt_svg is missing else l_0_gantt_svg)
    context.vars['g'] = l_0_g
    context.exported_vars.add('g')
    yield '<svg id="gantt" xmlns="http://www.w3.org/2000/svg" width="'
    yield escape(environment.getattr((undefined(name='g') if l_0_g is missing else l_0_g), 'width'))
    yield '" height="'
    yield escape(environment.getattr((undefined(name='g') if l_0_g is missing else l_0_g), 'height'))
    yield '" viewBox="0 0 '
    yield escape(environment.getattr((undefined(name='g') if l_0_g is missing else l_0_g), 'width'))
    yield ' '
    yield escape(environment.getattr((undefined(name='g') if l_0_g is missing else l_0_g), 'height'))
    yield '" role="img" aria-labelledby="gantt-title gantt-desc" data-first="'
    yield escape(environment.getattr((undefined(name='g') if l_0_g is missing else l_0_g), 'first_row'))
    yield '" data-row="'
    yield escape(environment.getattr((undefined(name='g') if l_0_g is missing else l_0_g), 'row_height'))
    yield '" data-head="'
    yield escape(environment.getattr((undefined(name='g') if l_0_g is missing else l_0_g), 'header_height'))
    yield '" data-gap="'
    yield escape(environment.getattr((undefined(name='g') if l_0_g is missing else l_0_g), 'bottom_gap'))
    yield '">\n<title id="gantt-title">'
    yield escape(environment.getattr((undefined(name='g') if l_0_g is missing else l_0_g), 'title'))
    yield '</title>\n<desc id="gantt-desc">'
    yield escape(environment.getattr((undefined(name='g') if l_0_g is missing else l_0_g), 'description'))
    yield '</desc>\n<defs>\n<marker id="arrow" viewBox="0 0 8 8" refX="7" refY="4" markerWidth="6" markerHeight="6" orient="auto-start-reverse"><path d="M0,0 L8,4 L0,8 Z" class="arrow-head"/></marker>\n</defs>\n<g class="axis">\n'
    for l_1_band in environment.getattr((undefined(name='g') if l_0_g is missing else l_0_g), 'phase_bands'):
        _loop_vars = {}
        pass
        yield '<rect class="band '
        yield escape(environment.getattr(l_1_band, 'css'))
        yield '" x="'
        yield escape(environment.getattr(l_1_band, 'x'))
        yield '" y="0" width="'
        yield escape(environment.getattr(l_1_band, 'width'))
        yield '" height="18"/>\n<text class="band-text" x="'
        yield escape(environment.getattr(l_1_band, 'text_x'))
        yield '" y="13">'
        yield escape(environment.getattr(l_1_band, 'label'))
        yield '</text>\n'
    l_1_band = missing
    for l_1_band in environment.getattr((undefined(name='g') if l_0_g is missing else l_0_g), 'years'):
        _loop_vars = {}
        pass
        yield '<rect class="band year" x="'
        yield escape(environment.getattr(l_1_band, 'x'))
        yield '" y="18" width="'
        yield escape(environment.getattr(l_1_band, 'width'))
        yield '" height="18"/>\n<text class="band-text year-text" x="'
        yield escape(environment.getattr(l_1_band, 'text_x'))
        yield '" y="31">'
        yield escape(environment.getattr(l_1_band, 'label'))
        yield '</text>\n'
    l_1_band = missing
    for l_1_band in environment.getattr((undefined(name='g') if l_0_g is missing else l_0_g), 'quarters'):
        _loop_vars = {}
        pass
        yield '<rect class="band quarter" x="'
        yield escape(environment.getattr(l_1_band, 'x'))
        yield '" y="36" width="'
        yield escape(environment.getattr(l_1_band, 'width'))
        yield '" height="18"/>\n<text class="band-text" x="'
        yield escape(environment.getattr(l_1_band, 'text_x'))
        yield '" y="49">'
        yield escape(environment.getattr(l_1_band, 'label'))
        yield '</text>\n'
    l_1_band = missing
    yield '</g>\n<g class="grid">\n'
    for l_1_x in environment.getattr((undefined(name='g') if l_0_g is missing else l_0_g), 'gridlines'):
        _loop_vars = {}
        pass
        yield '<line class="grid-line" x1="'
        yield escape(l_1_x)
        yield '" y1="'
        yield escape(environment.getattr((undefined(name='g') if l_0_g is missing else l_0_g), 'plot_top'))
        yield '" x2="'
        yield escape(l_1_x)
        yield '" y2="'
        yield escape(environment.getattr((undefined(name='g') if l_0_g is missing else l_0_g), 'plot_bottom'))
        yield '"/>\n'
    l_1_x = missing
    yield '</g>\n<g class="rows">\n'
    for l_1_row in environment.getattr((undefined(name='g') if l_0_g is missing else l_0_g), 'rows'):
        _loop_vars = {}
        pass
        if environment.getattr(l_1_row, 'bar'):
            pass
            yield '<g class="row'
            yield escape((' critical' if environment.getattr(l_1_row, 'critical') else ''))
            yield '" data-key="'
            yield escape(environment.getattr(l_1_row, 'key'))
            yield '" data-area="'
            yield escape(environment.getattr(l_1_row, 'area_id'))
            yield '" data-phase="'
            yield escape(environment.getattr(l_1_row, 'phase'))
            yield '" transform="translate(0 '
            yield escape(environment.getattr(l_1_row, 'y'))
            yield ')">\n<title>'
            yield escape(environment.getattr(l_1_row, 'tooltip'))
            yield '</title>\n<line class="row-line" x1="0" y1="'
            yield escape(environment.getattr(l_1_row, 'height'))
            yield '" x2="'
            yield escape(environment.getattr((undefined(name='g') if l_0_g is missing else l_0_g), 'width'))
            yield '" y2="'
            yield escape(environment.getattr(l_1_row, 'height'))
            yield '"/>\n<a href="#action-'
            yield escape(environment.getattr(l_1_row, 'key'))
            yield '"><text class="row-label" x="8" y="16">'
            yield escape(environment.getattr(l_1_row, 'label'))
            yield '</text></a>\n<rect class="bar" x="'
            yield escape(environment.getitem(environment.getattr(l_1_row, 'bar'), 0))
            yield '" y="5" width="'
            yield escape(environment.getitem(environment.getattr(l_1_row, 'bar'), 1))
            yield '" height="'
            yield escape(environment.getattr((undefined(name='g') if l_0_g is missing else l_0_g), 'bar_height'))
            yield '" rx="2" fill="'
            yield escape(environment.getattr(l_1_row, 'fill'))
            yield '" stroke="'
            yield escape(environment.getattr(l_1_row, 'fill'))
            yield '"/>\n'
            if environment.getattr(l_1_row, 'progress_width'):
                pass
                yield '<rect class="done" x="'
                yield escape(environment.getitem(environment.getattr(l_1_row, 'bar'), 0))
                yield '" y="5" width="'
                yield escape(environment.getattr(l_1_row, 'progress_width'))
                yield '" height="'
                yield escape(environment.getattr((undefined(name='g') if l_0_g is missing else l_0_g), 'bar_height'))
                yield '" rx="2" fill="'
                yield escape(environment.getattr(l_1_row, 'fill'))
                yield '"/>\n'
            if environment.getattr(l_1_row, 'critical'):
                pass
                yield '<rect class="crit-outline" x="'
                yield escape(environment.getitem(environment.getattr(l_1_row, 'bar'), 0))
                yield '" y="5" width="'
                yield escape(environment.getitem(environment.getattr(l_1_row, 'bar'), 1))
                yield '" height="'
                yield escape(environment.getattr((undefined(name='g') if l_0_g is missing else l_0_g), 'bar_height'))
                yield '" rx="2"/>\n'
            if (not t_1(environment.getattr(l_1_row, 'deadline_x'))):
                pass
                yield '<path class="deadline'
                yield escape((' missed' if environment.getattr(l_1_row, 'deadline_missed') else ''))
                yield '" d="M'
                yield escape(environment.getattr(l_1_row, 'deadline_x'))
                yield ',4 l6,8 l-6,8 l-6,-8 Z"><title>'
                yield escape(environment.getattr(l_1_row, 'deadline_label'))
                yield '</title></path>\n'
            yield '</g>\n'
        else:
            pass
            yield '<g class="area-head" data-area="'
            yield escape(environment.getattr(l_1_row, 'area_id'))
            yield '" transform="translate(0 '
            yield escape(environment.getattr(l_1_row, 'y'))
            yield ')">\n<rect class="area-swatch" x="0" y="6" width="5" height="16" fill="'
            yield escape(environment.getattr(l_1_row, 'fill'))
            yield '"/>\n<text class="area-title" x="12" y="19">'
            yield escape(environment.getattr(l_1_row, 'label'))
            yield '</text>\n</g>\n'
    l_1_row = missing
    yield '</g>\n<g class="deps">\n'
    for l_1_arrow in environment.getattr((undefined(name='g') if l_0_g is missing else l_0_g), 'arrows'):
        _loop_vars = {}
        pass
        yield '<path class="dep'
        yield escape((' critical' if environment.getattr(l_1_arrow, 'critical') else ''))
        yield '" d="'
        yield escape(environment.getattr(l_1_arrow, 'path'))
        yield '" data-from="'
        yield escape(environment.getattr(l_1_arrow, 'source'))
        yield '" data-to="'
        yield escape(environment.getattr(l_1_arrow, 'target'))
        yield '" data-x1="'
        yield escape(environment.getattr(l_1_arrow, 'x1'))
        yield '" data-x2="'
        yield escape(environment.getattr(l_1_arrow, 'x2'))
        yield '" marker-end="url(#arrow)"/>\n'
    l_1_arrow = missing
    yield '</g>\n<g class="markers">\n'
    for l_1_marker in environment.getattr((undefined(name='g') if l_0_g is missing else l_0_g), 'markers'):
        _loop_vars = {}
        pass
        yield '<g class="marker '
        yield escape(environment.getattr(l_1_marker, 'css'))
        yield '">\n<title>'
        yield escape(environment.getattr(l_1_marker, 'label'))
        yield '</title>\n<line class="marker-line" x1="'
        yield escape(environment.getattr(l_1_marker, 'x'))
        yield '" y1="'
        yield escape(environment.getattr((undefined(name='g') if l_0_g is missing else l_0_g), 'plot_top'))
        yield '" x2="'
        yield escape(environment.getattr(l_1_marker, 'x'))
        yield '" y2="'
        yield escape(environment.getattr((undefined(name='g') if l_0_g is missing else l_0_g), 'plot_bottom'))
        yield '"/>\n<path class="milestone" d="M'
        yield escape(environment.getattr(l_1_marker, 'x'))
        yield ','
        yield escape((environment.getattr((undefined(name='g') if l_0_g is missing else l_0_g), 'plot_top') - 8))
        yield ' l6,6 l-6,6 l-6,-6 Z"/>\n'
        if (environment.getattr(l_1_marker, 'place') == 'top'):
            pass
            yield '<text class="marker-text" x="'
            yield escape(environment.getattr(l_1_marker, 'text_x'))
            yield '" y="'
            yield escape((environment.getattr((undefined(name='g') if l_0_g is missing else l_0_g), 'plot_top') + 15))
            yield '" text-anchor="'
            yield escape(environment.getattr(l_1_marker, 'anchor'))
            yield '">'
            yield escape(environment.getattr(l_1_marker, 'label'))
            yield '</text>\n'
        elif (environment.getattr(l_1_marker, 'place') == 'bottom'):
            pass
            yield '<text class="marker-text bottom" x="'
            yield escape(environment.getattr(l_1_marker, 'text_x'))
            yield '" y="'
            yield escape((environment.getattr((undefined(name='g') if l_0_g is missing else l_0_g), 'plot_bottom') - 7))
            yield '" text-anchor="'
            yield escape(environment.getattr(l_1_marker, 'anchor'))
            yield '">'
            yield escape(environment.getattr(l_1_marker, 'label'))
            yield '</text>\n'
        yield '</g>\n'
    l_1_marker = missing
    yield '</g>\n</svg>\n'

blocks = {}
debug_info = '1=19&2=23&3=39&4=41&9=43&10=47&11=53&13=58&14=62&15=66&17=71&18=75&19=79&23=85&24=89&28=99&29=102&30=105&31=115&32=117&33=123&34=127&35=137&36=140&38=148&39=151&41=157&42=160&46=170&47=174&48=176&54=180&55=184&59=198&60=202&61=204&62=206&63=214&64=218&65=221&66=229&67=232'