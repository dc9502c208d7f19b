import { describe, expect, it } from 'vitest';
import { buildModel } from '../model/model.js';
import { bundleOf, programmeYaml } from '../../../test/helpers/bundle.js';
import { buildDirectory, reachOf } from './people.js';

const model = buildModel(
  bundleOf({
    programme: programmeYaml((d) => {
      d.people.staff.push({ id: 'lm2', name: 'Lara Mills', email: 'lara@example.com' });
      d.people.mentees.push({ id: 'e2', name: 'Ed Mentee', lineManager: 'lm2', competencies: [{ competency: 'negotiation', baseline: 1, target: 3 }] });
      d.roles.find((r: { id: string }) => r.id === 'line-manager').staffedBy = ['lm1'];
    }),
  }),
);

describe('the directory', () => {
  const directory = buildDirectory(model);

  it('fills roles from staffedBy, the people lists, and for line managers the mentees’ managers', () => {
    expect(directory.members.get('mentee')).toEqual(['e1', 'e2']);
    expect(directory.members.get('mentor')).toEqual(['m1']);
    expect(directory.members.get('line-manager')).toEqual(['lm1', 'lm2']);
    expect(directory.members.get('sponsor')).toEqual(['sp1']);
    expect(directory.people.get('lm2')).toEqual({ id: 'lm2', name: 'Lara Mills', email: 'lara@example.com', roles: ['line-manager'] });
    // sp1 is the sponsor and the mentor's own line manager, but not a mentee's: not a line manager here.
    expect(directory.people.get('sp1')!.roles).toEqual(['sponsor']);
  });

  it('knows each mentee’s line manager and mentors', () => {
    expect(directory.lineManagerOf.get('e2')).toBe('lm2');
    expect(directory.mentorsOf.get('e1')).toEqual(['m1']);
    expect(directory.mentorsOf.get('e2')).toBeUndefined();
  });

  it('resolves a message to people, each once, roles first, then named people; unknown ids are left out', () => {
    const reach = reachOf({ to: ['mentee', 'line-manager', 'mentee'], toPeople: ['e1', 'hr1', 'nobody'] }, directory);
    expect(reach.all).toEqual(['e1', 'e2', 'lm1', 'lm2', 'hr1']);
    expect(reach.groups).toEqual([
      { role: 'mentee', people: ['e1', 'e2'] },
      { role: 'line-manager', people: ['lm1', 'lm2'] },
      { people: ['hr1'] },
    ]);
    expect(reachOf({ toPeople: ['m1'] }, directory).all).toEqual(['m1']);
    expect(reachOf({ to: ['consultant'] }, directory)).toEqual({ groups: [{ role: 'consultant', people: [] }], all: [] });
  });

  it('names the holders of a role already reached through a role before it, so the role does not read as unstaffed', () => {
    // lm1 manages a mentee and is the HR owner too; the mentor m1 manages the other mentee.
    const both = buildDirectory(
      buildModel(
        bundleOf({
          programme: programmeYaml((d) => {
            d.roles.find((r: { id: string }) => r.id === 'hr-owner').staffedBy = ['lm1'];
            d.people.mentees.push({ id: 'e2', name: 'Ed Mentee', lineManager: 'm1', competencies: [{ competency: 'negotiation', baseline: 1, target: 3 }] });
          }),
        }),
      ),
    );
    const reach = reachOf({ to: ['mentor', 'line-manager', 'hr-owner'] }, both);
    expect(reach.all).toEqual(['m1', 'lm1']);
    expect(reach.groups).toEqual([
      { role: 'mentor', people: ['m1'] },
      { role: 'line-manager', people: ['lm1'], earlier: ['m1'] },
      { role: 'hr-owner', people: [], earlier: ['lm1'] },
    ]);
  });
});
