import { describe, expect, it } from 'vitest';
import { ruleIds } from '../../src/core/diagnostics.js';
import { explainEn } from '../../src/messages/explain-en.js';
import { explainPl } from '../../src/messages/explain-pl.js';
import { ruleExamples } from '../../src/messages/explain-examples.js';
import { mentor } from './spawn.js';

describe('mentor rules', () => {
  it('lists every rule with its default severity and one line, in JSON', () => {
    const r = mentor(['rules', '--format', 'json']);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as { formatVersion: number; rules: { id: string; severity: string; group: string; configurable: boolean; description: string }[] };
    expect(out.formatVersion).toBe(1);
    expect(out.rules.map((x) => x.id)).toEqual([...ruleIds]);
    expect(out.rules.find((x) => x.id === 'buy-in-missing')).toEqual({ id: 'buy-in-missing', group: 'method', severity: 'warning', configurable: true, description: 'Roles not reached by a buy-in message before kick-off.' });
  });

  it('speaks Polish with --locale pl, in the table too', () => {
    const r = mentor(['--locale', 'pl', 'rules']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/│ mentor-over-capacity\s+│ błąd\s+│ Mentor z większą liczbą równoczesnych par niż limit\./);
    expect(r.stdout).toContain('Odczyt plików');
    expect(r.stdout).toContain('mentor explain ID-REGUŁY');
  });
});

describe('mentor explain', () => {
  it('prints what, why, a failing and a passing snippet, and how to fix', () => {
    const r = mentor(['explain', 'mentor-over-capacity']);
    expect(r.code).toBe(0);
    const words = explainEn.rules['mentor-over-capacity'];
    for (const part of [words.checks, words.why, words.fix, 'Fails – in programme.yaml', 'Passes – in programme.yaml', '      capacity: 1', '      capacity: 2']) expect(r.stdout).toContain(part);
    expect(r.stdout.indexOf('capacity: 1')).toBeLessThan(r.stdout.indexOf('capacity: 2'));
  });

  it('explains every rule in both languages', () => {
    for (const id of ruleIds) {
      expect(explainEn.rules[id].checks, id).not.toBe('');
      expect(explainPl.rules[id].fix, id).not.toBe(explainEn.rules[id].fix);
      expect(ruleExamples[id].failing, id).not.toBe('');
    }
    const pl = mentor(['--locale', 'pl', 'explain', 'buy-in-missing']);
    expect(pl.code).toBe(0);
    expect(pl.stdout).toContain(explainPl.rules['buy-in-missing'].why);
    expect(pl.stdout).toContain('Źle – w pliku programme.yaml');
  });

  it('names what a snippet cannot avoid setting off, and how a file is saved', () => {
    expect(mentor(['explain', 'mentee-without-gap']).stdout).toContain('The same mistake also sets off `target-not-above-baseline`.');
    expect(mentor(['explain', 'file-encoding']).stdout).toContain('(saved as Windows-1250');
  });

  it('exits 2 on an unknown id, with the nearest ids', () => {
    const r = mentor(['explain', 'mentor-over-capcity']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('There is no rule `mentor-over-capcity`. Did you mean `mentor-over-capacity`?');
    expect(mentor(['explain', 'session']).stderr).toContain('`session-outside-pair`, `session-duplicate`');
  });

  it('accepts the namespaced spelling mentor/RULE-ID', () => {
    expect(mentor(['explain', 'mentor/duplicate-id']).code).toBe(0);
  });
});
