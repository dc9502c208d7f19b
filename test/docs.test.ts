import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fileRuleIds, methodRuleIds, schemaRuleIds, suppressionRuleIds, type RuleId } from '../src/core/diagnostics.js';
import { defaultSeverity } from '../src/core/word.js';
import { yamlSyntaxExamples, yamlSyntaxReasons } from '../src/core/parse/yaml-errors.js';
import { catalogue } from '../src/messages/index.js';
import { globalOptions, optionDefault, optionHelp, validateOptions, type OptionSpec } from '../src/cli/options.js';
import { helpEn } from '../src/messages/help-en.js';
import * as options from '../src/cli/options.js';

// docs/rules.md and docs/cli.md are generated from the catalogue and the option data; these
// tests fail when the committed pages are stale. Regenerate with `npx vitest run test/docs.test.ts -u`.

function rulesDoc(): string {
  const en = catalogue('en').rules;
  const pl = catalogue('pl').rules;
  const section = (title: string, ids: readonly RuleId[]): string[] => [
    `## ${title}`,
    '',
    '| rule id | default severity | what it checks | po polsku |',
    '| --- | --- | --- | --- |',
    ...ids.map((id) => `| \`${id}\` | ${defaultSeverity(id)} | ${en[id].describe} | ${pl[id].describe} |`),
    '',
  ];
  return [
    '<!-- Generated from src/messages by test/docs.test.ts: do not edit. -->',
    '# Rules of `mentor validate`',
    '',
    'Every diagnostic carries one of these rule ids. Method rules run once a programme and its included files pass their schemas.',
    '',
    ...section('Reading files', fileRuleIds),
    '### `yaml-syntax` reasons',
    '',
    'A `yaml-syntax` diagnostic names the mistake in its `reason` (JSON `reason`, SARIF `properties.reason`), and its hint shows the corrected line.',
    '',
    '| reason | a mistake that causes it |',
    '| --- | --- |',
    ...yamlSyntaxReasons.map((r) => `| \`${r}\` | ${yamlSyntaxExamples[r]} |`),
    '',
    ...section('Schema', schemaRuleIds),
    ...section('The method', methodRuleIds),
    '`# mentor-disable-next-line RULE-ID -- reason` above a line, or `# mentor-disable RULE-ID -- reason` above the first line of YAML, silences a method rule there (see the README). These rules report on such comments; they cannot be silenced.',
    '',
    ...section('Suppression comments', suppressionRuleIds),
  ].join('\n');
}

function optionTable(specs: readonly OptionSpec[]): string[] {
  return [
    '| option | meaning |',
    '| --- | --- |',
    ...specs.map((s) => {
      const shownDefault = s.defaultValue ?? optionDefault(s, helpEn);
      return `| \`${s.flags}\` | ${optionHelp(s, helpEn)}${s.choices ? ` (${s.choices.join(', ')})` : ''}${shownDefault !== undefined ? `; default \`${String(shownDefault)}\`` : ''} |`;
    }),
  ];
}

function cliDoc(): string {
  const commands = Object.entries(options)
    .filter(([name, value]) => name.endsWith('Options') && name !== 'globalOptions' && Array.isArray(value))
    .map(([name, value]) => [name.replace(/Options$/, ''), value as OptionSpec[]] as const)
    .sort(([a], [b]) => (a < b ? -1 : 1));
  return [
    '<!-- Generated from src/cli/options.ts by test/docs.test.ts: do not edit. -->',
    '# Command-line options',
    '',
    '## Global',
    '',
    ...optionTable(globalOptions),
    '',
    ...commands.flatMap(([name, specs]) => [`## mentor ${name}`, '', ...optionTable(specs), '']),
  ].join('\n');
}

describe('generated docs', () => {
  it('docs/rules.md lists every rule with its severity and description', async () => {
    await expect(rulesDoc()).toMatchFileSnapshot('../docs/rules.md');
  });
  it('the README shows the same validate options table as docs/cli.md', () => {
    expect(readFileSync('README.md', 'utf8')).toContain(optionTable(validateOptions).join('\n'));
  });
  it('docs/cli.md lists every option of every command', async () => {
    expect(validateOptions.length).toBeGreaterThan(0);
    await expect(cliDoc()).toMatchFileSnapshot('../docs/cli.md');
  });
});
