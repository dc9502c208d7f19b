import { describe, expect, it } from 'vitest';
import { diagnosticsOf, programmeYaml, textAt } from '../../../../test/helpers/bundle.js';

describe('mentor-below-target', () => {
  it("reports a mentor below the mentee's target, at the pair's competency", () => {
    const yaml = programmeYaml((d) => {
      d.people.mentors[0].levels.negotiation = 3;
    });
    const [d, ...rest] = diagnosticsOf(yaml, 'mentor-below-target');
    expect(rest).toEqual([]);
    expect(d).toMatchObject({ ruleId: 'mentor-below-target', severity: 'error', path: 'people.pairs[id=p1].competencies[0]' });
    expect(textAt(yaml, d)).toBe('negotiation');
    expect(d!.message).toBe("Pair `p1`: mentor `m1` is at 3 in `negotiation`, below mentee `e1`'s target 4.");
  });

  it('leaves a target off the scale to level-outside-scale, so the one mistake is reported once', () => {
    const yaml = programmeYaml((d) => {
      d.people.mentors[0].levels.negotiation = 5;
      d.people.mentees[0].competencies[0].target = 6;
    });
    expect(diagnosticsOf(yaml, 'mentor-below-target')).toEqual([]);
    expect(diagnosticsOf(yaml, 'level-outside-scale')).toHaveLength(1);
  });

  it('reports a mentor with no level in the competency', () => {
    const yaml = programmeYaml((d) => {
      d.people.mentors[0].levels = { constructor: 5 };
      d.competencies.push({ id: 'constructor', name: 'Building', importance: 'tactical', scale: 's5', goal: 'g1' });
      d.people.mentees[0].competencies.push({ competency: 'constructor', baseline: 1, target: 2 });
    });
    const [d, ...rest] = diagnosticsOf(yaml, 'mentor-below-target');
    expect(rest).toEqual([]);
    expect(d!.message).toBe("Pair `p1`: mentor `m1` has no level recorded in `negotiation` to compare with mentee `e1`'s target 4.");
  });

  it("accepts a mentor at the mentee's target", () => {
    const yaml = programmeYaml((d) => {
      d.people.mentors[0].levels.negotiation = 4;
    });
    expect(diagnosticsOf(yaml, 'mentor-below-target')).toEqual([]);
  });
});
