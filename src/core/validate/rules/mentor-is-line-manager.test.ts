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

  it('accepts a mentor outside the reporting line', () => {
    expect(diagnosticsOf(programmeYaml(), 'mentor-is-line-manager')).toEqual([]);
  });
});
