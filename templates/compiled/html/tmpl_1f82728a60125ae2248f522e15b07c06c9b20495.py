from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'pool_load.html.j2'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_labels = resolve('labels')
    l_0_pool_charts = resolve('pool_charts')
    pass
    yield '<section id="pools" aria-labelledby="pools-h">\n<h2 id="pools-h">'
    yield escape(environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'pool_load'))
    yield '</h2>\n<p>'
    yield escape(environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'pool_load_legend'))
    yield '</p>\n'
    for l_1_p in (undefined(name='pool_charts') if l_0_pool_charts is missing else l_0_pool_charts):
        _loop_vars = {}
        pass
        yield '<figure class="pool">\n<figcaption><strong>'
        yield escape(environment.getattr(l_1_p, 'name'))
        yield '</strong> · '
        yield escape(environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'capacity'))
        yield ' '
        yield escape(environment.getattr(l_1_p, 'capacity'))
        yield ' · '
        yield escape(environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'peak'))
        yield ' '
        yield escape(environment.getattr(l_1_p, 'peak'))
        yield ' · '
        yield escape(environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'months_full'))
        yield ' '
        yield escape(environment.getattr(l_1_p, 'full'))
        yield ' · '
        yield escape(environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'months_over'))
        yield ' '
        yield escape(environment.getattr(l_1_p, 'over'))
        yield '</figcaption>\n<div class="gantt-scroll" role="region" aria-label="'
        yield escape(environment.getattr(l_1_p, 'name'))
        yield '" tabindex="0">\n<svg class="pool-chart" xmlns="http://www.w3.org/2000/svg" width="'
        yield escape(environment.getattr(l_1_p, 'width'))
        yield '" height="'
        yield escape(environment.getattr(l_1_p, 'height'))
        yield '" viewBox="0 0 '
        yield escape(environment.getattr(l_1_p, 'width'))
        yield ' '
        yield escape(environment.getattr(l_1_p, 'height'))
        yield '" role="img" aria-label="'
        yield escape(environment.getattr(l_1_p, 'name'))
        yield ': '
        yield escape(environment.getattr(l_1_p, 'description'))
        yield '">\n'
        for l_2_b in environment.getattr(l_1_p, 'bars'):
            _loop_vars = {}
            pass
            yield '<rect class="pool-bar '
            yield escape(environment.getattr(l_2_b, 'css'))
            yield '" x="'
            yield escape(environment.getattr(l_2_b, 'x'))
            yield '" y="'
            yield escape(environment.getattr(l_2_b, 'y'))
            yield '" width="'
            yield escape(environment.getattr(l_2_b, 'width'))
            yield '" height="'
            yield escape(environment.getattr(l_2_b, 'height'))
            yield '"><title>'
            yield escape(environment.getattr(l_2_b, 'title'))
            yield '</title></rect>\n'
        l_2_b = missing
        yield '<line class="pool-capacity" x1="'
        yield escape((environment.getattr(environment.getitem(environment.getattr(l_1_p, 'years'), 0), 'x') if environment.getattr(l_1_p, 'years') else 0))
        yield '" y1="'
        yield escape(environment.getattr(l_1_p, 'capacity_y'))
        yield '" x2="'
        yield escape(environment.getattr(l_1_p, 'plot_right'))
        yield '" y2="'
        yield escape(environment.getattr(l_1_p, 'capacity_y'))
        yield '"/>\n<text class="pool-axis" x="2" y="'
        yield escape((environment.getattr(l_1_p, 'capacity_y') + 4))
        yield '">'
        yield escape(environment.getattr(l_1_p, 'capacity'))
        yield '</text>\n'
        for l_2_y in environment.getattr(l_1_p, 'years'):
            _loop_vars = {}
            pass
            yield '<line class="pool-tick" x1="'
            yield escape(environment.getattr(l_2_y, 'x'))
            yield '" y1="'
            yield escape((environment.getattr(l_1_p, 'axis_y') - 13))
            yield '" x2="'
            yield escape(environment.getattr(l_2_y, 'x'))
            yield '" y2="'
            yield escape((environment.getattr(l_1_p, 'axis_y') - 9))
            yield '"/>\n<text class="pool-axis" x="'
            yield escape((environment.getattr(l_2_y, 'x') + 2))
            yield '" y="'
            yield escape(environment.getattr(l_1_p, 'axis_y'))
            yield '">'
            yield escape(environment.getattr(l_2_y, 'label'))
            yield '</text>\n'
        l_2_y = missing
        yield '</svg>\n</div>\n</figure>\n'
    l_1_p = missing
    yield '</section>\n'

blocks = {}
debug_info = '2=14&3=16&4=18&6=22&7=40&8=42&9=54&10=58&12=72&13=80&14=84&15=88&16=96'