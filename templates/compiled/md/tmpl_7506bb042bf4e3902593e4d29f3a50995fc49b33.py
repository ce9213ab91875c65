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
    l_0_deferred = resolve('deferred')
    l_0_labels = resolve('labels')
    l_0_gantt_mermaid = resolve('gantt_mermaid')
    l_0_graph_mermaid = resolve('graph_mermaid')
    l_0_pool_table = resolve('pool_table')
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
    if (undefined(name='deferred') if l_0_deferred is missing else l_0_deferred):
        pass
        template = environment.get_template('deferred.md.j2', 'roadmap.md.j2')
        gen = template.root_render_func(template.new_context(context.get_all(), True, {}))
        try:
            for event in gen:
                yield event
        finally: gen.close()
        yield '\n'
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
    if (undefined(name='pool_table') if l_0_pool_table is missing else l_0_pool_table):
        pass
        template = environment.get_template('pool_load.md.j2', 'roadmap.md.j2')
        gen = template.root_render_func(template.new_context(context.get_all(), True, {}))
        try:
            for event in gen:
                yield event
        finally: gen.close()
        yield '\n'
    yield '\n'
    template = environment.get_template('warnings.md.j2', 'roadmap.md.j2')
    gen = template.root_render_func(template.new_context(context.get_all(), True, {}))
    try:
        for event in gen:
            yield event
    finally: gen.close()

blocks = {}
debug_info = '3=19&5=21&6=24&9=26&11=33&12=35&16=43&18=50&21=52&23=54&25=56&28=58&30=60&32=62&34=69&36=76&38=83&40=90&42=97&43=99&47=107'