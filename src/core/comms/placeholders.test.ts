import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isPersonal, placeholderProblem, scanPlaceholders, type PlaceholderScope } from './placeholders.js';

const scope: PlaceholderScope = {
  milestones: new Set(['kick-off']),
  roles: new Set(['sponsor']),
  hasRecruitmentClose: false,
  hasTime: true,
  hasPreparation: true,
  hasLineManagers: true,
  field: 'text',
};

describe('placeholders', () => {
  it('finds `{name}` and `{name:argument}` with their offsets, and only those', () => {
    const text = 'Hi {recipient}, see {milestone:kick-off}. { } {1,2} a{b c} {{mentor}}';
    expect(scanPlaceholders(text)).toEqual([
      { name: 'recipient', start: 3, end: 14 },
      { name: 'milestone', argument: 'kick-off', start: 20, end: 40 },
      { name: 'mentor', start: 60, end: 68, doubled: true },
    ]);
    expect(text.slice(20, 40)).toBe('{milestone:kick-off}');
  });

  it('says what is wrong with a placeholder, or nothing', () => {
    const problem = (text: string, s: Partial<PlaceholderScope> = {}) => placeholderProblem(scanPlaceholders(text)[0]!, { ...scope, ...s });
    expect(problem('{programme}')).toBeUndefined();
    expect(problem('{role:sponsor}')).toBeUndefined();
    expect(problem('{programe}')).toEqual({ reason: 'unknown-name' });
    expect(problem('{milestone}')).toEqual({ reason: 'argument-missing', expects: 'milestone' });
    expect(problem('{milestone:}')).toEqual({ reason: 'argument-missing', expects: 'milestone' });
    expect(problem('{date:x}')).toEqual({ reason: 'argument-unexpected' });
    expect(problem('{milestone:closing}')).toEqual({ reason: 'unknown-milestone', argument: 'closing' });
    expect(problem('{role:hr}')).toEqual({ reason: 'unknown-role', argument: 'hr' });
    expect(problem('{recruitment-closes}')).toEqual({ reason: 'no-value' });
    expect(problem('{time}', { hasTime: false })).toEqual({ reason: 'no-value' });
    expect(problem('{subject}', { field: 'subject' })).toEqual({ reason: 'no-value' });
    expect(problem('{{programme}}')).toEqual({ reason: 'double-braces' });
  });

  it('tells personal texts apart', () => {
    expect(isPersonal('Dear {first-name}')).toBe(true);
    expect(isPersonal('Dear colleagues of {organisation}')).toBe(false);
  });

  it('never finds a placeholder that is not written in the text, whatever the text', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('{', '}', ':', 'a', 'Z', '-', ' ', '1', 'ł') , maxLength: 40 }), (text) => {
        for (const t of scanPlaceholders(text)) {
          const written = text.slice(t.start, t.end);
          expect(written).toBe(t.argument === undefined ? `{${t.name}}` : `{${t.name}:${t.argument}}`);
        }
      }),
    );
  });
});
