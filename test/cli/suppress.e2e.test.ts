import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exampleFolder } from '../../src/messages/explain-examples.js';
import { mentor } from './spawn.js';

/** A clean programme folder (the one `mentor explain` snippets are tested in), with a February copied into March. */
function folder(march: string, config?: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'mentor-suppress-'));
  for (const [name, text] of Object.entries(exampleFolder)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return write(dir, march, config);
}

function write(dir: string, march: string, config?: string): string {
  writeFileSync(join(dir, 'records', '2026-03.yaml'), `apiVersion: mentor/v1\nkind: Records\nprogramme: demo\n${march}`);
  if (config !== undefined) writeFileSync(join(dir, '.mentor.yaml'), config);
  return dir;
}

const copied = [
  'sessions:',
  '  # mentor-disable-next-line session-duplicate -- the coordinator kept both copies on purpose (audit trail)',
  '  - { pair: p1, date: 2026-02-09, minutes: 60 }',
  '  - { pair: p1, date: 2026-03-09, minutes: 60 }',
  '',
].join('\n');
const args = (dir: string, ...more: string[]) => ['validate', dir, '--today', '2026-04-15', ...more];

describe('inline suppressions in mentor validate', () => {
  it('silences the finding, counts it in the summary, and exits 0', () => {
    const dir = folder(copied);
    const r = mentor(args(dir));
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/no problems · 1 suppressed\.\n$/);
    expect(mentor(['--locale', 'pl', ...args(dir)]).stdout).toMatch(/1 wyciszony\.\n$/);
  });

  it('lists the suppressed finding with its reason in JSON and as an in-source suppression in SARIF', () => {
    const dir = folder(copied);
    const json = JSON.parse(mentor(args(dir, '--format', 'json')).stdout) as { summary: { suppressed: number; errors: number }; diagnostics: unknown[]; suppressed: { ruleId: string; file: string; line: number; suppression: object }[] };
    expect(json.summary).toMatchObject({ errors: 0, suppressed: 1 });
    expect(json.diagnostics).toEqual([]);
    expect(json.suppressed).toMatchObject([
      { ruleId: 'session-duplicate', file: join(dir, 'records/2026-03.yaml'), line: 6, suppression: { kind: 'next-line', justification: 'the coordinator kept both copies on purpose (audit trail)', line: 5 } },
    ]);
    const sarif = JSON.parse(mentor(args(dir, '--format', 'sarif')).stdout) as { runs: { results: { ruleId: string; suppressions?: object[] }[] }[] };
    expect(sarif.runs[0]!.results).toMatchObject([{ ruleId: 'session-duplicate', suppressions: [{ kind: 'inSource', status: 'accepted', justification: 'the coordinator kept both copies on purpose (audit trail)' }] }]);
  });

  it('reports a missing reason, and a comment that suppresses nothing', () => {
    const dir = folder(copied.replace(' -- the coordinator kept both copies on purpose (audit trail)', '').replace('2026-02-09', '2026-03-02').replace('2026-03-09', '2026-03-16'));
    const r = mentor(args(dir, '--format', 'json'));
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout) as { diagnostics: { ruleId: string; line: number }[] };
    expect(out.diagnostics.map((d) => [d.ruleId, d.line])).toEqual([
      ['suppression-missing-reason', 5],
      ['suppression-unused', 5],
    ]);
  });

  it('cannot silence YAML or schema findings', () => {
    const dir = folder('sessions:\n  # mentor-disable-next-line schema-type -- we write minutes in words\n  - { pair: p1, date: 2026-03-09, minutes: sixty }\n');
    const out = JSON.parse(mentor(args(dir, '--format', 'json')).stdout) as { diagnostics: { ruleId: string; message: string }[] };
    expect(out.diagnostics.map((d) => d.ruleId)).toEqual(['suppression-invalid', 'schema-type']);
    expect(out.diagnostics[0]!.message).toMatch(/^`schema-type` cannot be suppressed/);
  });
});

describe('inline suppressions in the document commands', () => {
  // report, comms, diff, select and match read a programme through readProgramme: the error count
  // they print (and their exit code) leaves out what a comment silenced, as `mentor validate` does.
  const commands = (dir: string): string[][] => [
    ['report', dir, '--as-of', '2026-04-15', '--format', 'json'],
    ['comms', dir, '--format', 'json'],
    ['match', dir, '--format', 'json'],
  ];

  it('do not count a silenced finding as an error', () => {
    const dir = folder(copied);
    for (const command of commands(dir)) {
      const r = mentor(command);
      expect(r.stderr, command[0]).toBe('');
      expect(r.code, command[0]).toBe(0);
    }
  });

  it('count it without the comment, and count a comment without a reason', () => {
    const bare = folder(copied.replace(/ {2}# mentor-disable-next-line.*\n/, ''));
    const unreasoned = folder(copied.replace(' -- the coordinator kept both copies on purpose (audit trail)', ''));
    for (const dir of [bare, unreasoned]) {
      for (const command of commands(dir)) {
        const r = mentor(command);
        expect(r.stderr, command[0]).toMatch(/has 1 error\b/);
        expect(r.code, command[0]).toBe(1);
      }
    }
  });
});

describe('per-path overrides in .mentor.yaml', () => {
  it('applies the rules of the overrides whose glob matches, relative to the config file', () => {
    const copy = 'sessions:\n  - { pair: p1, date: 2026-02-09, minutes: 60 }\n';
    const dir = folder(copy, 'overrides:\n  - files: "records/**"\n    rules: { session-duplicate: warning }\n');
    const r = mentor(args(dir, '--format', 'json'), { cwd: dir });
    expect(r.code).toBe(0);
    expect((JSON.parse(r.stdout) as { diagnostics: { ruleId: string; severity: string }[] }).diagnostics).toMatchObject([{ ruleId: 'session-duplicate', severity: 'warning' }]);
    writeFileSync(join(dir, '.mentor.yaml'), 'overrides:\n  - files: "people/**"\n    rules: { session-duplicate: warning }\n');
    expect(mentor(args(dir), { cwd: dir }).code).toBe(1);
  });

  it('rejects an override without files, naming the line', () => {
    const dir = folder('', 'overrides:\n  - rules: { session-duplicate: off }\n');
    const r = mentor(args(dir), { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('.mentor.yaml:2:5: `overrides[0].files` needs `files`');
    expect(readFileSync(join(dir, '.mentor.yaml'), 'utf8')).toContain('rules');
  });
});
