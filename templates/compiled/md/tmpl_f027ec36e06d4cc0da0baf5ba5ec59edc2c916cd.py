from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'phases.md.j2'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_labels = resolve('labels')
    l_0_phases = resolve('phases')
    l_0_unscheduled = resolve('unscheduled')
    pass
    yield '## '
    yield str(environment.finalize(environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'phases')))
    yield '\n\n'
    yield str(environment.finalize(environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'phases_legend')))
    yield '\n\n'
    for l_1_phase in (undefined(name='phases') if l_0_phases is missing else l_0_phases):
        _loop_vars = {}
        pass
        yield '### '
        yield str(environment.finalize(environment.getattr(l_1_phase, 'title')))
        yield ': '
        yield str(environment.finalize(environment.getattr(l_1_phase, 'span')))
        yield '\n\n'
        yield str(environment.finalize(environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'phase_cost')))
        yield ': '
        yield str(environment.finalize(environment.getattr(l_1_phase, 'cost')))
        yield '\n\n'
        if environment.getattr(l_1_phase, 'actions'):
            pass
            yield '| '
            yield str(environment.finalize(environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'id')))
            yield ' | '
            yield str(environment.finalize(environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'action')))
            yield ' | '
            yield str(environment.finalize(environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'area')))
            yield ' | '
            yield str(environment.finalize(environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'lead')))
            yield ' | '
            yield str(environment.finalize(environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'start')))
            yield ' | '
            yield str(environment.finalize(environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'end')))
            yield ' | '
            yield str(environment.finalize(environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'depends_on')))
            yield ' | '
            yield str(environment.finalize(environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'slack')))
            yield ' | '
            yield str(environment.finalize(environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'cost')))
            yield ' | '
            yield str(environment.finalize(environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'status')))
            yield ' | '
            yield str(environment.finalize(environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'progress')))
            yield ' |\n|---|---|---|---|---|---|---|---:|---:|---|---:|\n'
            for l_2_a in environment.getattr(l_1_phase, 'actions'):
                _loop_vars = {}
                pass
                yield '| '
                if environment.getattr(l_2_a, 'critical'):
                    pass
                    yield '**'
                    yield str(environment.finalize(environment.getattr(l_2_a, 'id')))
                    yield '**'
                else:
                    pass
                    yield str(environment.finalize(environment.getattr(l_2_a, 'id')))
                yield ' | '
                yield str(environment.finalize(environment.getattr(l_2_a, 'title')))
                yield ' | '
                yield str(environment.finalize(environment.getattr(l_2_a, 'area')))
                yield ' | '
                yield str(environment.finalize(environment.getattr(l_2_a, 'lead')))
                yield ' | '
                yield str(environment.finalize(environment.getattr(l_2_a, 'start')))
                yield ' | '
                yield str(environment.finalize(environment.getattr(l_2_a, 'finish')))
                yield ' | '
                yield str(environment.finalize(environment.getattr(l_2_a, 'depends_on')))
                yield ' | '
                yield str(environment.finalize(environment.getattr(l_2_a, 'slack')))
                yield ' | '
                yield str(environment.finalize(environment.getattr(l_2_a, 'cost')))
                yield ' | '
                yield str(environment.finalize(environment.getattr(l_2_a, 'status_label')))
                yield ' | '
                yield str(environment.finalize(environment.getattr(l_2_a, 'progress')))
                yield ' |\n'
            l_2_a = missing
        else:
            pass
            yield '_'
            yield str(environment.finalize(environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'no_actions')))
            yield '_\n'
        yield '\n'
    l_1_phase = missing
    if (undefined(name='unscheduled') if l_0_unscheduled is missing else l_0_unscheduled):
        pass
        yield '### '
        yield str(environment.finalize(environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'unscheduled')))
        yield '\n\n| '
        yield str(environment.finalize(environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'id')))
        yield ' | '
        yield str(environment.finalize(environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'action')))
        yield ' | '
        yield str(environment.finalize(environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'area')))
        yield ' | '
        yield str(environment.finalize(environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'lead')))
        yield ' | '
        yield str(environment.finalize(environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'status')))
        yield ' |\n|---|---|---|---|---|\n'
        for l_1_a in (undefined(name='unscheduled') if l_0_unscheduled is missing else l_0_unscheduled):
            _loop_vars = {}
            pass
            yield '| '
            yield str(environment.finalize(environment.getattr(l_1_a, 'id')))
            yield ' | '
            yield str(environment.finalize(environment.getattr(l_1_a, 'title')))
            yield ' | '
            yield str(environment.finalize(environment.getattr(l_1_a, 'area')))
            yield ' | '
            yield str(environment.finalize(environment.getattr(l_1_a, 'lead')))
            yield ' | '
            yield str(environment.finalize(environment.getattr(l_1_a, 'status_label')))
            yield ' |\n'
        l_1_a = missing
        yield '\n'

blocks = {}
debug_info = '1=15&3=17&5=19&6=23&8=27&10=31&11=34&13=56&14=60&17=93&21=97&22=100&24=102&26=112&27=116'