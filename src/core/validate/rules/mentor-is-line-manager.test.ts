import { describe, expect, it } from 'vitest';
import { diagnosticsOf, programmeYaml, textAt } from '../../../../test/helpers/bundle.js';

describe('mentor-is-line-manager', () => {
  it("reports a mentor who is the mentee's line manager, at the pair's mentor", () => {
    const yaml = programmeYaml((d) => {
      d.people.mentees[0].lineManager = 'm1';
    });
    const [d, ...rest] = diagnosticsOf(yaml, 'mentor-is-line-manager');
    expect(rest).toEqual([]);
    expect(d).toMatchObject({ ruleId: 'mentor-is-line-manager', severity: 'error', path: 'people.pairs[id=p1].mentor' });
    expect(textAt(yaml, d)).toBe('m1');
    expect(d!.message).toBe("Pair `p1`: mentor `m1` is mentee `e1`'s line manager.");
  });

  it("follows the reporting line upwards through staff: the manager's manager may not mentor", () => {
    const yaml = programmeYaml((d) => {
      d.people.staff[2].lineManager = 'm1';
    });
    const [d] = diagnosticsOf(yaml, 'mentor-is-line-manager');
    expect(d!.message).toBe('Pair `p1`: mentor `m1` is above mentee `e1` in the reporting line (`e1` → `lm1` → `m1`).');
  });

  it('follows a line manager who is also a mentor, and one person in several lists', () => {
    const yaml = programmeYaml((d) => {
      // lm1 is both staff and a mentor; as a mentor entry, lm1 reports to sp1, who mentors e1.
      d.people.mentors.push({ id: 'lm1', name: 'Lee Moss', capacity: 1, lineManager: 'sp1', levels: { negotiation: 5 } });
      d.people.mentors.push({ id: 'sp1', name: 'Sam Price', capacity: 1, levels: { negotiation: 5 } });
      d.people.pairs[0].mentor = 'sp1';
    });
    const [d] = diagnosticsOf(yaml, 'mentor-is-line-manager');
    expect(d!.message).toContain('(`e1` → `lm1` → `sp1`)');
  });

  it('accepts a mentor outside the reporting line, and ends on a loop instead of running forever', () => {
    expect(diagnosticsOf(programmeYaml(), 'mentor-is-line-manager')).toEqual([]);
    const loop = programmeYaml((d) => {
      d.people.staff[2].lineManager = 'hr1';
      d.people.staff[0].lineManager = 'lm1';
    });
    expect(diagnosticsOf(loop, 'mentor-is-line-manager')).toEqual([]);
  });
});
