import { describe, expect, it } from 'vitest';
import { bundleOf, programmeYaml } from '../../../test/helpers/bundle.js';
import { buildModel } from './model.js';
import { personIndex, reportingChain } from './people.js';

/** The base programme, where lm1 (a line manager on the staff) also mentors and m1 (a mentor) is also mentored. */
const model = buildModel(
  bundleOf({
    programme: programmeYaml((d) => {
      d.people.staff[2].lineManager = 'sp1';
      d.people.mentors.push({ id: 'lm1', name: 'Lee Moss', capacity: 1, lineManager: 'hr1', levels: { negotiation: 5 } });
      d.people.mentees.push({ id: 'm1', name: 'Maria Mentor', lineManager: 'sp1', competencies: [{ competency: 'negotiation', baseline: 4, target: 5 }] });
      d.roles.find((r: { id: string }) => r.id === 'line-manager').staffedBy = ['lm1'];
    }),
  }),
);

describe('personIndex', () => {
  const people = personIndex(model);

  it('lists each person once, in order of first appearance, whatever lists name them', () => {
    expect([...people.keys()]).toEqual(['hr1', 'sp1', 'lm1', 'm1', 'e1']);
    expect(people.size).toBe(5);
  });

  it('keeps the lists, the first entry of each, the roles and every line manager of a person', () => {
    const lm1 = people.get('lm1')!;
    expect(lm1).toMatchObject({ id: 'lm1', name: 'Lee Moss', lists: ['staff', 'mentors'], roles: ['mentor', 'line-manager'], lineManagers: ['sp1', 'hr1'] });
    expect(lm1.staff?.name).toBe('Lee Moss');
    expect(lm1.mentor?.capacity).toBe(1);
    expect(lm1.mentee).toBeUndefined();
    expect(people.get('m1')).toMatchObject({ lists: ['mentors', 'mentees'], roles: ['mentee', 'mentor'], lineManagers: ['sp1'] });
    expect(people.get('hr1')).toMatchObject({ lists: ['staff'], roles: ['hr-owner'], lineManagers: [] });
  });
});

describe('reportingChain', () => {
  const people = personIndex(model);

  it('finds a manager anywhere above, through every line manager a person has', () => {
    expect(reportingChain(people, 'e1', 'lm1')).toEqual(['e1', 'lm1']);
    expect(reportingChain(people, 'e1', 'sp1')).toEqual(['e1', 'lm1', 'sp1']);
    expect(reportingChain(people, 'e1', 'hr1')).toEqual(['e1', 'lm1', 'hr1']);
    expect(reportingChain(people, 'e1', 'm1')).toBeUndefined();
    expect(reportingChain(people, 'e1', 'e1')).toBeUndefined();
  });

  it('ends on a loop instead of running forever', () => {
    const looped = personIndex(
      buildModel(
        bundleOf({
          programme: programmeYaml((d) => {
            d.people.staff[0].lineManager = 'lm1';
            d.people.staff[2].lineManager = 'hr1';
          }),
        }),
      ),
    );
    expect(reportingChain(looped, 'e1', 'sp1')).toBeUndefined();
    expect(reportingChain(looped, 'e1', 'hr1')).toEqual(['e1', 'lm1', 'hr1']);
  });
});
