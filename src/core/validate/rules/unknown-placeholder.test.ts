import { describe, expect, it } from 'vitest';
import { baseProgrammeYaml, diagnosticsOf } from '../../../../test/helpers/bundle.js';

/** The base programme with a subject and text on its one message, written as given. */
function withText(text: string, subject = 'Kick-off on {milestone:kick-off}'): string {
  return baseProgrammeYaml.replace('    purpose: buy-in\n', `    purpose: buy-in\n    subject: ${subject}\n    text: ${text}\n`);
}

/** The source text a diagnostic's span covers (start to end on one line). */
function spanText(yaml: string, d: { start: { line: number; column: number }; end?: { line: number; column: number } }): string {
  const line = yaml.split('\n')[d.start.line - 1]!;
  return line.slice(d.start.column - 1, d.end && d.end.line === d.start.line ? d.end.column - 1 : undefined);
}

describe('unknown-placeholder', () => {
  it('points at the placeholder itself inside a folded block, line and column', () => {
    const yaml = withText('>-\n      Dear colleagues,\n      welcome to {programe} on {milestone:kick-off}.');
    const [d, ...rest] = diagnosticsOf(yaml, 'unknown-placeholder');
    expect(rest).toEqual([]);
    const line = yaml.split('\n').findIndex((l) => l.includes('welcome to')) + 1;
    expect(d).toMatchObject({ severity: 'error', path: 'communications[id=buy-in].text', start: { line, column: 18 }, end: { line, column: 28 } });
    expect(spanText(yaml, d!)).toBe('{programe}');
    expect(d!.message).toBe('Unknown placeholder `{programe}` in the `text` of message `buy-in`.');
    expect(d!.hint).toBe('Did you mean `{programme}`?');
  });

  it('finds `{line-manager}` in a programme where no one has a line manager (a community), not where someone has', () => {
    const yaml = withText("'Dear {first-name}, please tell {line-manager}.'");
    expect(diagnosticsOf(yaml, 'unknown-placeholder')).toEqual([]);
    // No `line-manager` role and no `lineManager` anywhere: the mail merge would write the marker in every letter.
    const community = yaml.replace(/^ {2}- \{ id: line-manager,.*\n/m, '').replace(/^ *lineManager: .*\n/gm, '').replace('to: [line-manager, ', 'to: [');
    expect(community).not.toMatch(/id: line-manager|lineManager/);
    const [d, ...rest] = diagnosticsOf(community, 'unknown-placeholder');
    expect(rest).toEqual([]);
    expect(spanText(community, d!)).toBe('{line-manager}');
    expect(d!.message).toBe('Placeholder `{line-manager}` has no value in this programme.');
    expect(d!.hint).toContain('No one in the programme has a line manager');
    // A mentee with a line manager, though the programme has no such role: the merge fills it.
    const named = community.replace(/(\n {4}- id: e1\n)/, '$1      lineManager: hr1\n');
    expect(named).toContain('lineManager: hr1');
    expect(diagnosticsOf(named, 'unknown-placeholder')).toEqual([]);
  });

  it('finds placeholders in quoted scalars, with escapes before them', () => {
    const yaml = withText('"It\'s \\"{organisation}\\" \\u2013 {recipeint}"');
    const [d] = diagnosticsOf(yaml, 'unknown-placeholder');
    expect(spanText(yaml, d!)).toBe('{recipeint}');
    const single = withText("'It''s {organisation} – {recipeint}'");
    expect(spanText(single, diagnosticsOf(single, 'unknown-placeholder')[0]!)).toBe('{recipeint}');
  });

  it('checks arguments: unknown milestones and roles, missing and unexpected arguments', () => {
    const yaml = withText("'{milestone:kikoff} {role:sponser} {milestone} {programme:x} {role:sponsor}'", "'{milestone:closing}'");
    const found = diagnosticsOf(yaml, 'unknown-placeholder');
    expect(found.map((d) => [spanText(yaml, d), d.hint])).toEqual([
      ['{milestone:kikoff}', 'Did you mean `{milestone:kick-off}`?'],
      ['{role:sponser}', 'Did you mean `{role:sponsor}`?'],
      ['{milestone}', 'Placeholders are listed in docs/comms.md.'],
      ['{programme:x}', 'Write `{programme}`.'],
    ]);
  });

  it('reports placeholders without a value in this programme or message, and double braces', () => {
    const yaml = withText("'{recruitment-closes} {time} {subject} {{mentor}}'", "'{subject}'");
    const found = diagnosticsOf(yaml, 'unknown-placeholder');
    expect(found.map((d) => spanText(yaml, d))).toEqual(['{subject}', '{recruitment-closes}', '{time}', '{{mentor}}']);
    expect(found[3]!.message).toBe('Placeholder `{{mentor}}` is written with double braces, so one pair would stay in the text.');
  });

  it('accepts every known placeholder and braces that are not placeholders', () => {
    const text =
      "'{programme} {organisation} {sender} {sender-role} {role:hr-owner} {milestone:closing} {milestone-name:closing} {date} {start} {end} {competencies} {cadence} {preparation} {subject} {recipient} {first-name} {mentor} {line-manager} { } {1,2} a{b c}'";
    expect(diagnosticsOf(withText(text), 'unknown-placeholder')).toEqual([]);
  });
});
