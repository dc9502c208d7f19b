import { describe, expect, it } from 'vitest';
import { summarise, type Diagnostic } from '../../src/core/diagnostics.js';
import { github } from '../../src/render/diagnostics/github.js';
import { context, diagnostics } from './fixtures/diagnostics.js';

describe('github', () => {
  it('prints one workflow command per diagnostic, escaped, then a summary', () => {
    expect(github(diagnostics, context()).split('\n')).toEqual([
      '::error file=kam-pilot/people/zespół-łódź.yaml,line=9,col=11,endLine=9,endColumn=27,title=schema-type::`team` must be text, not a number (written `<R&D, 50%25: Łódź>`).%0AQuote it so it stays text:%0A  team: "R&D <Łódź>, 50%25"',
      '::error file=kam-pilot/people/zespół-łódź.yaml,line=23,endLine=27,title=mentor-over-capacity::Mentor `m-grzegorz-brzęczyszczykiewicz` has 3 pairs at once (from 2025-03-01); capacity is 2.%0AMove a pair to another mentor or raise the capacity with the mentor.',
      '::error file=kam-pilot/people/zespół-łódź.yaml,line=30,col=1,title=yaml-syntax::YAML syntax error: Implicit keys need to be on a single line',
      '::error file=kam-pilot/programme.yaml,line=14,col=3,endLine=14,endColumn=14,title=schema-unknown-key::Unknown key `competences` in `spec`.%0ADid you mean `competencies`? Allowed keys: `goals`, `scales`, `competencies`, `roles`.',
      '::warning file=kam-pilot/programme.yaml,line=41,col=13,endLine=41,endColumn=15,title=learning-mix-deviation::Planned `social` share 35%25 strays from 20%25 by more than 10 points.%0AStay near 70:20:10, or widen `tolerance` and say why.',
      '::warning file=kam-pilot/programme.yaml,line=52,endLine=55,title=competency-unused::No mentee works on competency `negocjacje-z-zarządem`.%0ARecruit mentees for it, or drop it from the programme.',
      '✖ 3 files · 1 valid · 2 with problems · 4 errors, 2 warnings',
      '',
    ]);
  });

  it('adds a notice on each programme whose method rules did not run', () => {
    const lines = github(diagnostics, context({ rulesNotRun: ['kam-pilot/programme.yaml'] })).split('\n');
    expect(lines.at(-3)).toBe('::notice file=kam-pilot/programme.yaml::The method\'s rules did not run on `kam-pilot/programme.yaml`: fix the errors above in its files (YAML, schema, included paths), then validate again; more findings may follow.');
  });

  it('escapes %, CR, LF, colon and comma in properties', () => {
    const d: Diagnostic = { ...diagnostics[0]!, file: 'a,b:c%d\r\ne.yaml', hint: 'x\r\ny' };
    const [line] = github([d], context({ summary: summarise([d], 1) })).split('\n');
    expect(line).toBe(`::error file=a%2Cb%3Ac%25d%0D%0Ae.yaml,line=9,col=11,endLine=9,endColumn=27,title=schema-type::${'`team` must be text, not a number (written `<R&D, 50%25: Łódź>`).'}%0Ax%0D%0Ay`);
  });

  it('never lets user text start a new workflow command', () => {
    const d: Diagnostic = { ...diagnostics[0]!, message: 'Unknown key `x`.\n::stop-commands::abc', hint: '\r::add-mask::secret' };
    const out = github([d], context());
    expect(out.split('\n').filter((l) => l.startsWith('::'))).toHaveLength(1);
  });

  it('uses forward slashes in file paths', () => {
    const d: Diagnostic = { ...diagnostics[0]!, file: 'kam\\programme.yaml' };
    expect(github([d], context())).toContain('file=kam/programme.yaml,');
  });

  it('prints only the summary when there is nothing to report', () => {
    expect(github([], context({ summary: summarise([], 3) }))).toBe('✔ 3 files checked, no problems.\n');
  });
});
