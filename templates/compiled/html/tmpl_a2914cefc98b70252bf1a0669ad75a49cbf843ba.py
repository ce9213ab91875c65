from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'roadmap.html.j2'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_lang = resolve('lang')
    l_0_style_hash = resolve('style_hash')
    l_0_script_hash = resolve('script_hash')
    l_0_title = resolve('title')
    l_0_labels = resolve('labels')
    l_0_style = resolve('style')
    l_0_subtitle = resolve('subtitle')
    l_0_deferred = resolve('deferred')
    l_0_pool_charts = resolve('pool_charts')
    l_0_warnings = resolve('warnings')
    l_0_script = resolve('script')
    try:
        t_1 = environment.filters['length']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'length' found.")
    pass
    yield '<!DOCTYPE html>\n<html lang="'
    yield escape((undefined(name='lang') if l_0_lang is missing else l_0_lang))
    yield '">\n<head>\n<meta charset="utf-8">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n<meta http-equiv="Content-Security-Policy" content="default-src \'none\'; style-src \''
    yield escape((undefined(name='style_hash') if l_0_style_hash is missing else l_0_style_hash))
    yield "'; script-src '"
    yield escape((undefined(name='script_hash') if l_0_script_hash is missing else l_0_script_hash))
    yield '\'; img-src data:; base-uri \'none\'; form-action \'none\'">\n<meta name="generator" content="roadmap">\n<title>'
    yield escape((undefined(name='title') if l_0_title is missing else l_0_title))
    yield ' · '
    yield escape(environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'roadmap'))
    yield '</title>\n<style>'
    yield escape((undefined(name='style') if l_0_style is missing else l_0_style))
    yield '</style>\n</head>\n<body>\n<a class="skip" href="#main">'
    yield escape(environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'skip_to_content'))
    yield '</a>\n<header>\n<p class="kicker">'
    yield escape(environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'roadmap'))
    yield '</p>\n<h1>'
    yield escape((undefined(name='title') if l_0_title is missing else l_0_title))
    yield '</h1>\n'
    if (undefined(name='subtitle') if l_0_subtitle is missing else l_0_subtitle):
        pass
        yield '<p class="subtitle">'
        yield escape((undefined(name='subtitle') if l_0_subtitle is missing else l_0_subtitle))
        yield '</p>\n'
    yield '</header>\n<nav aria-labelledby="contents-h">\n<h2 id="contents-h">'
    yield escape(environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'contents'))
    yield '</h2>\n<ol>\n<li><a href="#summary">'
    yield escape(environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'summary'))
    yield '</a></li>\n'
    if (undefined(name='deferred') if l_0_deferred is missing else l_0_deferred):
        pass
        yield '<li><a href="#deferred">'
        yield escape(environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'deferred'))
        yield ' ('
        yield escape(t_1((undefined(name='deferred') if l_0_deferred is missing else l_0_deferred)))
        yield ')</a></li>\n'
    yield '<li><a href="#timeline">'
    yield escape(environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'gantt'))
    yield '</a></li>\n<li><a href="#phases">'
    yield escape(environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'phases'))
    yield '</a></li>\n<li><a href="#critical-path">'
    yield escape(environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'critical_path'))
    yield '</a></li>\n<li><a href="#traceability">'
    yield escape(environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'traceability'))
    yield '</a></li>\n<li><a href="#kpis">'
    yield escape(environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'kpi_table'))
    yield '</a></li>\n<li><a href="#responsibilities">'
    yield escape(environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'responsibilities'))
    yield '</a></li>\n<li><a href="#funding">'
    yield escape(environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'funding'))
    yield '</a></li>\n'
    if (undefined(name='pool_charts') if l_0_pool_charts is missing else l_0_pool_charts):
        pass
        yield '<li><a href="#pools">'
        yield escape(environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'pool_load'))
        yield '</a></li>\n'
    yield '<li><a href="#warnings">'
    yield escape(environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'warnings'))
    yield ' ('
    yield escape(t_1((undefined(name='warnings') if l_0_warnings is missing else l_0_warnings)))
    yield ')</a></li>\n</ol>\n</nav>\n<main id="main">\n'
    template = environment.get_template('summary.html.j2', 'roadmap.html.j2')
    gen = template.root_render_func(template.new_context(context.get_all(), True, {}))
    try:
        for event in gen:
            yield event
    finally: gen.close()
    if (undefined(name='deferred') if l_0_deferred is missing else l_0_deferred):
        pass
        template = environment.get_template('deferred.html.j2', 'roadmap.html.j2')
        gen = template.root_render_func(template.new_context(context.get_all(), True, {}))
        try:
            for event in gen:
                yield event
        finally: gen.close()
    template = environment.get_template('timeline.html.j2', 'roadmap.html.j2')
    gen = template.root_render_func(template.new_context(context.get_all(), True, {}))
    try:
        for event in gen:
            yield event
    finally: gen.close()
    template = environment.get_template('phases.html.j2', 'roadmap.html.j2')
    gen = template.root_render_func(template.new_context(context.get_all(), True, {}))
    try:
        for event in gen:
            yield event
    finally: gen.close()
    template = environment.get_template('critical_path.html.j2', 'roadmap.html.j2')
    gen = template.root_render_func(template.new_context(context.get_all(), True, {}))
    try:
        for event in gen:
            yield event
    finally: gen.close()
    template = environment.get_template('traceability.html.j2', 'roadmap.html.j2')
    gen = template.root_render_func(template.new_context(context.get_all(), True, {}))
    try:
        for event in gen:
            yield event
    finally: gen.close()
    template = environment.get_template('kpis.html.j2', 'roadmap.html.j2')
    gen = template.root_render_func(template.new_context(context.get_all(), True, {}))
    try:
        for event in gen:
            yield event
    finally: gen.close()
    template = environment.get_template('responsibilities.html.j2', 'roadmap.html.j2')
    gen = template.root_render_func(template.new_context(context.get_all(), True, {}))
    try:
        for event in gen:
            yield event
    finally: gen.close()
    template = environment.get_template('funding.html.j2', 'roadmap.html.j2')
    gen = template.root_render_func(template.new_context(context.get_all(), True, {}))
    try:
        for event in gen:
            yield event
    finally: gen.close()
    if (undefined(name='pool_charts') if l_0_pool_charts is missing else l_0_pool_charts):
        pass
        template = environment.get_template('pool_load.html.j2', 'roadmap.html.j2')
        gen = template.root_render_func(template.new_context(context.get_all(), True, {}))
        try:
            for event in gen:
                yield event
        finally: gen.close()
    template = environment.get_template('warnings.html.j2', 'roadmap.html.j2')
    gen = template.root_render_func(template.new_context(context.get_all(), True, {}))
    try:
        for event in gen:
            yield event
    finally: gen.close()
    yield '</main>\n<script>'
    yield escape((undefined(name='script') if l_0_script is missing else l_0_script))
    yield '</script>\n</body>\n</html>\n'

blocks = {}
debug_info = '5=29&9=31&11=35&12=39&15=41&17=43&18=45&19=47&20=50&24=53&26=55&27=57&28=60&30=65&31=67&32=69&33=71&34=73&35=75&36=77&37=79&38=82&40=85&44=89&45=95&46=97&48=103&49=109&50=115&51=121&52=127&53=133&54=139&55=145&56=147&58=153&60=160'