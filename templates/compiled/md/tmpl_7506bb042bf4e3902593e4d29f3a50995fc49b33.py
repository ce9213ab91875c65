from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'roadmap.md.j2'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_title = resolve('title')
    l_0_subtitle = resolve('subtitle')
    l_0_labels = resolve('labels')
    l_0_gantt_mermaid = resolve('gantt_mermaid')
    l_0_graph_mermaid = resolve('graph_mermaid')
    pass
    yield '# '
    yield str(environment.finalize((undefined(name='title') if l_0_title is missing else l_0_title)))
    yield '\n\n'
    if (undefined(name='subtitle') if l_0_subtitle is missing else l_0_subtitle):
        pass
        yield '_'
        yield str(environment.finalize((undefined(name='subtitle') if l_0_subtitle is missing else l_0_subtitle)))
        yield '_\n\n'
    template = environment.get_template('summary.md.j2', 'roadmap.md.j2')
    gen = template.root_render_func(template.new_context(context.get_all(), True, {}))
    try:
        for event in gen:
            yield event
    finally: gen.close()
    yield '\n'
    template = environment.get_template('phases.md.j2', 'roadmap.md.j2')
    gen = template.root_render_func(template.new_context(context.get_all(), True, {}))
    try:
        for event in gen:
            yield event
    finally: gen.close()
    yield '\n## '
    yield str(environment.finalize(environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'gantt')))
    yield '\n\n```mermaid\n'
    yield str(environment.finalize((undefined(name='gantt_mermaid') if l_0_gantt_mermaid is missing else l_0_gantt_mermaid)))
    yield '```\n\n'
    yield str(environment.finalize(environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'gantt_legend')))
    yield '\n\n## '
    yield str(environment.finalize(environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'dependency_graph')))
    yield '\n\n```mermaid\n'
    yield str(environment.finalize((undefined(name='graph_mermaid') if l_0_graph_mermaid is missing else l_0_graph_mermaid)))
    yield '```\n\n'
    yield str(environment.finalize(environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'graph_legend')))
    yield '\n\n'
    template = environment.get_template('critical_path.md.j2', 'roadmap.md.j2')
    gen = template.root_render_func(template.new_context(context.get_all(), True, {}))
    try:
        for event in gen:
            yield event
    finally: gen.close()
    yield '\n'
    template = environment.get_template('traceability.md.j2', 'roadmap.md.j2')
    gen = template.root_render_func(template.new_context(context.get_all(), True, {}))
    try:
        for event in gen:
            yield event
    finally: gen.close()
    yield '\n'
    template = environment.get_template('kpis.md.j2', 'roadmap.md.j2')
    gen = template.root_render_func(template.new_context(context.get_all(), True, {}))
    try:
        for event in gen:
            yield event
    finally: gen.close()
    yield '\n'
    template = environment.get_template('responsibilities.md.j2', 'roadmap.md.j2')
    gen = template.root_render_func(template.new_context(context.get_all(), True, {}))
    try:
        for event in gen:
            yield event
    finally: gen.close()
    yield '\n'
    template = environment.get_template('funding.md.j2', 'roadmap.md.j2')
    gen = template.root_render_func(template.new_context(context.get_all(), True, {}))
    try:
        for event in gen:
            yield event
    finally: gen.close()
    yield '\n'
    template = environment.get_template('provenance.md.j2', 'roadmap.md.j2')
    gen = template.root_render_func(template.new_context(context.get_all(), True, {}))
    try:
        for event in gen:
            yield event
    finally: gen.close()
    yield '\n'
    template = environment.get_template('warnings.md.j2', 'roadmap.md.j2')
    gen = template.root_render_func(template.new_context(context.get_all(), True, {}))
    try:
        for event in gen:
            yield event
    finally: gen.close()

blocks = {}
debug_info = '3=17&5=19&6=22&9=24&11=31&13=38&16=40&18=42&20=44&23=46&25=48&27=50&29=57&31=64&33=71&35=78&37=85&39=92'