import { describe, expect, it } from 'vitest';
import { baseProgrammeYaml, diagnosticsOf, programmeYaml, textAt } from '../../../../test/helpers/bundle.js';

const withChanges = (...changes: string[]) =>
  programmeYaml((d) => {
    d.calibration = { decisions: [{ id: 'd1', summary: 'Calibrated', changes }] };
  });

describe('decision-path-unknown', () => {
  it('accepts paths to keys, items by id, level, competency and module, people and plain lists', () => {
    const yaml = withChanges(
      'process.cadence',
      'process.cadence.everyWeeks',
      'competencies[id=negotiation]',
      'kpis[id=k1].target',
      'scales[id=s5].levels[level=3].label',
      'mentees[id=e1].competencies[competency=negotiation].target',
      'mentors[id=m1].preparation[module=role]',
      'roles[id=hr-owner].staffedBy',
      'process.milestones[0]',
    );
    expect(diagnosticsOf(yaml, 'decision-path-unknown')).toEqual([]);
  });

  it('reports a path that leads nowhere, at its string, with the nearest existing path', () => {
    const yaml = withChanges('process.cadence', 'process.cadense');
    const [d, ...rest] = diagnosticsOf(yaml, 'decision-path-unknown');
    expect(rest).toEqual([]);
    expect(d).toMatchObject({ ruleId: 'decision-path-unknown', severity: 'error', path: 'calibration.decisions[id=d1].changes[1]' });
    expect(textAt(yaml, d)).toBe('process.cadense');
    expect(d!.message).toBe('Decision `d1` names `process.cadense`, which is not in this programme (`process` has no `cadense`).');
    expect(d!.hint).toBe('Did you mean `process.cadence`?');
  });

  it('suggests an item by its id', () => {
    const [d] = diagnosticsOf(withChanges('competencies[id=negotiaton].name'), 'decision-path-unknown');
    expect(d!.hint).toBe('Did you mean `competencies[id=negotiation]`?');
  });

  it('reports a string that is not a path, with the character where it breaks', () => {
    const yaml = withChanges('kpis[id=k1.target');
    const [d] = diagnosticsOf(yaml, 'decision-path-unknown');
    expect(d!.message).toBe('Decision `d1` names `kpis[id=k1.target`, which is not a path (character 5).');
  });

  it('accepts a path to something the rollout removed when its pilot has it', () => {
    const rollout = programmeYaml((d) => {
      d.metadata.phase = 'rollout';
      d.metadata.pilot = { path: '../pilot' };
      d.calibration = { decisions: [{ id: 'd1', summary: 'Dropped the old KPI', changes: ['kpis[id=old-kpi]', 'kpis[id=never]'] }] };
    });
    const pilot = programmeYaml((d) => {
      d.kpis.push({ id: 'old-kpi', name: 'Old', level: 1, metric: 'satisfaction', target: 4, direction: 'higher' });
    });
    const found = diagnosticsOf({ programme: rollout, pilot }, 'decision-path-unknown');
    expect(found.map((d) => textAt(rollout, d))).toEqual(['kpis[id=never]']);
    expect(found[0]!.message).toContain('not in this programme or its pilot');
  });

  it('has nothing to say about a programme without decisions', () => {
    expect(diagnosticsOf(baseProgrammeYaml, 'decision-path-unknown')).toEqual([]);
  });
});
