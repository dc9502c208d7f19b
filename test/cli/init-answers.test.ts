import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { initCommand } from '../../src/cli/commands/init.js';
import type { CliIo } from '../../src/cli/env.js';
import { validate } from '../../src/index.js';

// Briefs other than the bundled one, in process: the general case the answers file is built for.

function batch(cwd: string): CliIo & { out: () => string } {
  let out = '';
  return {
    stdout: { write: (s: string) => (out += s), isTTY: false },
    stderr: { write: (s: string) => (out += s), isTTY: false },
    stdin: Object.assign(Readable.from([]), { isTTY: false }),
    env: { NO_COLOR: '1' },
    cwd,
    out: () => out,
  };
}

const community = `dir: community
template: new-managers
locale: en
organisation: Open Source Foundation
start: 2027-03-01
weeks: 20
goals: [{ id: maintainers, name: Grow new maintainers }]
scale: { name: Contribution, levels: ["0 Newcomer", "1 Contributor", "2 Reviewer", "3 Maintainer"] }
competencies:
  - { name: Reviewing pull requests, importance: strategic, whyVacant: 3 maintainers review 80% of pull requests }
criteria: [{ description: Merged at least three pull requests }]
communications:
  - { from: sponsor, to: [mentor, mentee, hr-owner], channel: intranet, purpose: buy-in, date: start+3, subject: Call for mentors and mentees }
  - { from: hr-owner, to: [mentor, mentee], channel: video, purpose: information, milestone: kick-off, subject: Kick-off call }
preparation: [{ name: Mentoring in the open, hours: 2 }]
kpis:
  - { name: New reviewers, level: 4, baseline: 3, target: 8, source: GitHub review statistics }
lineManagers: []
hrOwner: Ana Silva
sponsor: Board of the foundation
mentorsPrepared: 2027-03-10
mentors:
  - { name: Kim Lee, levels: { reviewing-pull-requests: 3 } }
mentees:
  - { name: Jo Park, competencies: [{ competency: reviewing-pull-requests, baseline: 1, target: 2 }] }
pairs: [{ mentor: Kim Lee, mentee: Jo Park }]
`;

describe('init --answers beyond the bundled brief', () => {
  it('says how to record the mentors\' preparation when the answers give none', async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'mentor-answers-'));
    writeFileSync(join(cwd, 'brief.yaml'), community.replace('mentorsPrepared: 2027-03-10\n', ''));
    const io = batch(cwd);
    expect(await initCommand(undefined, { answers: 'brief.yaml', toolSource: 'github:acme/mentor#v0.1.0' }, io, 'en', { today: () => '2027-01-04' })).toBe(1);
    expect(io.out()).toContain('pair-before-preparation');
    expect(io.out()).toContain("Record the mentors' preparation: add `mentorsPrepared: YYYY-MM-DD`");
  });


  it('a community without line managers, on a 0–3 scale of its own, validates with nothing to fill in', async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'mentor-answers-'));
    writeFileSync(join(cwd, 'brief.yaml'), community);
    const io = batch(cwd);
    expect(await initCommand(undefined, { answers: 'brief.yaml', toolSource: 'github:acme/mentor#v0.1.0' }, io, 'en', { today: () => '2027-01-04' })).toBe(0);
    expect(io.out()).toContain('Checked: no errors, no warnings.');
    const dir = join(cwd, 'community');
    expect(await validate([dir], { cwd, today: '2027-01-04' })).toEqual([]);
    const programme = parse(readFileSync(join(dir, 'programme.yaml'), 'utf8'));
    // No line-manager role, nobody in the role matrix or a message names it, and no placeholder for it.
    expect(programme.roles.map((r: { id: string }) => r.id)).not.toContain('line-manager');
    expect(JSON.stringify(programme.roleMatrix ?? [])).not.toContain('line-manager');
    expect(programme.scales[0].levels.map((l: { level: number }) => l.level)).toEqual([0, 1, 2, 3]);
    expect(programme.kpis).toEqual([{ id: 'new-reviewers', name: 'New reviewers', level: 4, metric: 'new-reviewers', baseline: 3, target: 8, direction: 'higher', source: 'GitHub review statistics' }]);
    const values = readFileSync(join(dir, 'people.yaml'), 'utf8').split('\n').filter((line) => !line.trimStart().startsWith('#'));
    expect(values.join('\n')).not.toContain('fill in');
    expect(values.join('\n')).toContain('ana-silva');
  });
});
