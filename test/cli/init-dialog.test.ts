import { cpSync, existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { initCommand } from '../../src/cli/commands/init.js';
import { checklistSubject, defaultManager } from '../../src/cli/commands/init-dialog.js';
import type { CliIo } from '../../src/cli/env.js';
import type { Choice, Prompts } from '../../src/io/prompts.js';
import { validate } from '../../src/index.js';
import { catalogue } from '../../src/messages/index.js';
import { repoRoot } from './spawn.js';

// The dialogue in process, with scripted prompts: fast checks of its order and of what each answer
// does. The pseudo-terminal test (init.interactive.e2e.test.ts) drives the real inquirer.

const t = catalogue('en').init.prompts;

interface Asked {
  kind: string;
  message: string;
  choices?: unknown[];
}

/** Answers to a question asked more than once (a loop), in order; after the last, the default. */
class Seq {
  constructor(readonly values: unknown[]) {}
}
/** A choice picked by its shown name, for choices whose values are internal. */
class ByName {
  constructor(readonly name: string) {}
}

/** Prompts that answer from a script keyed by message, and take the default for anything else. */
function scripted(answers: Record<string, unknown>, asked: Asked[]): Prompts {
  const pick = (message: string): unknown => {
    const answer = answers[message];
    return answer instanceof Seq ? answer.values.shift() : answer;
  };
  return {
    async input(o) {
      asked.push({ kind: 'input', message: o.message });
      const value = (pick(o.message) as string | undefined) ?? o.default ?? '';
      const ok = o.validate?.(value) ?? true;
      if (ok !== true) throw new Error(`invalid answer to "${o.message}": ${ok}`);
      return value;
    },
    async select<T>(o: { message: string; choices: Choice<T>[]; default?: T }) {
      asked.push({ kind: 'select', message: o.message, choices: o.choices.map((c) => c.value) });
      const answer = pick(o.message);
      if (answer instanceof ByName) {
        const choice = o.choices.find((c) => c.name === answer.name);
        if (!choice) throw new Error(`no choice "${answer.name}" in "${o.message}"`);
        return choice.value;
      }
      if (answer !== undefined && !o.choices.some((c) => c.value === answer)) throw new Error(`no choice ${String(answer)} in "${o.message}"`);
      return (answer as T | undefined) ?? o.default ?? o.choices[0]!.value;
    },
    async checkbox<T>(o: { message: string; choices: (Choice<T> & { checked?: boolean })[] }) {
      asked.push({ kind: 'checkbox', message: o.message, choices: o.choices.map((c) => c.value) });
      return (pick(o.message) as T[] | undefined) ?? o.choices.filter((c) => c.checked).map((c) => c.value);
    },
    async confirm(o) {
      asked.push({ kind: 'confirm', message: o.message });
      const value = pick(o.message);
      if (value instanceof Error) throw value;
      return (value as boolean | undefined) ?? o.default ?? false;
    },
    note(text) {
      asked.push({ kind: 'note', message: text });
    },
  };
}

function terminal(cwd: string): CliIo & { out: () => string } {
  let out = '';
  const stdin = Object.assign(Readable.from([]), { isTTY: true });
  return {
    stdout: { write: (s: string) => (out += s), isTTY: true },
    stderr: { write: (s: string) => (out += s), isTTY: true },
    stdin,
    env: { NO_COLOR: '1' },
    cwd,
    out: () => out,
  };
}

describe('the init dialogue', () => {
  it('asks in the order of the method: frame, addressees, roles, process, KPIs, then people', async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'mentor-dialog-'));
    const asked: Asked[] = [];
    const io = terminal(cwd);
    const code = await initCommand(undefined, {}, io, 'en', {
      prompts: async () => scripted({ [t.dir]: 'ordered', [t.organisation]: 'Acme', [t.start]: '2027-03-01' }, asked),
      today: () => '2027-01-04',
    });
    expect(code).toBe(0);
    const questions = asked.filter((a) => a.kind !== 'note').map((a) => a.message);
    expect(questions).toEqual([
      t.dir,
      t.phase,
      t.template,
      t.locale,
      t.name,
      t.organisation,
      t.goals,
      t.addGoal,
      t.competencies,
      t.addCompetency,
      t.scaleChoice,
      t.criteria,
      t.addCriterion,
      t.recruitment,
      t.size,
      t.hrOwner,
      t.sponsor,
      t.lineManager,
      t.hasLineManagers,
      t.editRoles,
      t.start,
      t.weeks,
      t.cadenceWeeks,
      t.sessionMinutes,
      t.mix,
      t.milestone,
      t.communications,
      t.addMessage,
      t.preparation,
      t.addModule,
      t.kpis,
      t.addKpi,
      t.addPeople,
      t.write(10, 'ordered'),
    ]);
    // The step headings read in the method's order, preparing mentors (step 3) included.
    const steps = catalogue('en').init.steps;
    const notes = asked.filter((a) => a.kind === 'note').map((a) => a.message);
    expect(notes).toEqual([steps.start, steps.frame, steps.addressees, steps.roles, steps.process, steps.preparation, steps.kpis, steps.people]);
    expect(notes.map((n) => /^(Step|Krok) (\d)/.exec(n)?.[2]).filter(Boolean)).toEqual(['1', '1', '2', '2', '3', '4']);
    expect((await validate([join(cwd, 'ordered')], { cwd, today: '2027-01-04' })).filter((d) => d.ruleId !== 'placeholder-unfilled')).toEqual([]);
  });

  for (const template of ['key-accounts', 'new-managers', 'expert-transfer']) {
    for (const locale of ['en', 'pl'] as const) {
      it(`${template} in ${locale}: the defaults of every question give a clean programme`, async () => {
        const cwd = mkdtempSync(join(tmpdir(), 'mentor-dialog-'));
        const p = catalogue(locale).init.prompts;
        const asked: Asked[] = [];
        const code = await initCommand(undefined, {}, terminal(cwd), locale, {
          prompts: async () => scripted({ [p.dir]: 'walked', [p.template]: template, [p.locale]: locale, [p.organisation]: 'Acme' }, asked),
          today: () => '2027-01-04',
        });
        expect(code).toBe(0);
        // The only warnings left are the placeholders the consultant fills in later.
        expect((await validate([join(cwd, 'walked')], { cwd, today: '2027-01-04', locale })).filter((d) => d.ruleId !== 'placeholder-unfilled')).toEqual([]);
        const programme = parse(readFileSync(join(cwd, 'walked/programme.yaml'), 'utf8'));
        expect(programme.metadata.locale).toBe(locale);
      });
    }
  }

  for (const locale of ['en', 'pl'] as const) {
    it(`takes a whole brief in ${locale}: own scale, criteria, line managers, role texts, milestones, messages, modules, KPIs, people and pairs`, async () => {
      const cwd = mkdtempSync(join(tmpdir(), 'mentor-dialog-'));
      const { prompts: p, choices } = catalogue(locale).init;
      const asked: Asked[] = [];
      const io = terminal(cwd);
      const template = parse(readFileSync(join(repoRoot, `templates/expert-transfer/frame.${locale}.yaml`), 'utf8'));
      const roleName = (id: string): string => template.roles.find((r: { id: string }) => r.id === id).name;
      const kickOffName: string = template.process.milestones.find((m: { id: string }) => m.id === 'kick-off').name;
      // The template's own ids differ by language: its gap-closed KPI and its first module.
      const gapKpi: string = template.kpis.find((k: { metric: string }) => k.metric === 'gap-closed-share').id;
      const firstModule: string = template.preparation.modules[0].id;
      const code = await initCommand(undefined, {}, io, locale, {
        prompts: async () =>
          scripted(
            {
              [p.dir]: 'brief',
              [p.template]: 'expert-transfer',
              [p.locale]: locale,
              [p.organisation]: 'Northwind Software',
              [p.goals]: [],
              [p.addGoal]: new Seq(['Przenieść wiedzę architektoniczną przed odejściem architekta na emeryturę', '']),
              [p.competencies]: [],
              [p.addCompetency]: new Seq(['System design', 'Code review', '']),
              [p.importance('Code review')]: 'tactical',
              [p.whyVacant('System design')]: '3 of 42 engineers at level 4+',
              [p.whyVacant('Code review')]: 'Half of all reviews wait for four people',
              [p.scaleChoice]: new ByName(choices.ownScale),
              [p.scaleName]: 'Engineering proficiency',
              [p.scaleLevels]: 'Novice, Practitioner, Independent, Senior, Architect',
              [p.criteria]: [],
              [p.addCriterion]: new Seq(['A gap of two levels in a strategic competency', '']),
              [p.criterionGap]: '2',
              [p.criterionImportance]: 'strategic',
              [p.size]: '1',
              [p.hrOwner]: 'Joanna Kowal',
              [p.sponsor]: 'Maria Zając',
              [p.lineManager]: new Seq(['Ewa Sowa', 'Adam Wilk', '']),
              [p.department('Ewa Sowa')]: 'Backend',
              [p.department('Adam Wilk')]: 'Frontend',
              [p.editRoles]: true,
              [p.roleResponsibilities(roleName('mentor'))]: 'Designs with the mentee; reviews code together',
              [p.start]: '2027-01-11',
              [p.weeks]: '26',
              [p.milestone]: new Seq(['kick-off', new ByName(choices.newMilestone), new ByName(choices.done)]),
              [p.milestoneDate(kickOffName)]: '2027-01-25',
              [p.milestoneName]: 'Architecture review day',
              [p.milestoneDate('Architecture review day')]: '2027-04-14',
              [p.communications]: [],
              [p.addMessage]: new Seq(['Why we start mentoring', 'Meeting with the department heads', 'Welcome', '']),
              [p.messageFrom('Why we start mentoring')]: 'sponsor',
              [p.messageTo('Why we start mentoring')]: ['mentor', 'mentee', 'line-manager'],
              [p.messageChannel('Why we start mentoring')]: 'letter',
              [p.messageWhen('Why we start mentoring')]: '2027-01-11',
              [p.messageText('Why we start mentoring')]: 'Our architecture lives in a few heads.',
              [p.messageTo('Meeting with the department heads')]: ['line-manager', 'sponsor'],
              [p.messageChannel('Meeting with the department heads')]: 'meeting',
              [p.messageWhen('Meeting with the department heads')]: 'kick-off-10',
              [p.messageFrom('Welcome')]: 'sponsor',
              [p.messageTo('Welcome')]: ['mentor', 'mentee', 'line-manager', 'hr-owner'],
              [p.messagePurpose('Welcome')]: 'information',
              [p.messageWhen('Welcome')]: 'kick-off',
              [p.preparation]: [firstModule],
              [p.addModule]: new Seq(['Coaching through code review', '']),
              [p.moduleHours('Coaching through code review')]: '3',
              [p.kpis]: [gapKpi],
              [p.addKpi]: new Seq(['Median wait for a code review', '']),
              [p.kpiBaseline('Median wait for a code review')]: '26',
              [p.kpiTarget('Median wait for a code review')]: '12',
              [p.kpiUnit('Median wait for a code review')]: 'hours',
              [p.kpiDirection('Median wait for a code review')]: 'lower',
              [p.kpiSource('Median wait for a code review')]: 'Git hosting export, monthly',
              [p.addPeople]: true,
              [p.menteeName]: new Seq(['Ola Nowak', '']),
              // No answer: the head of the department typed (Adam Wilk, Frontend) is offered, not the first manager named.
              [p.department('Ola Nowak')]: 'frontend',
              [p.baseline('System design')]: 2,
              [p.baseline('Code review')]: 1,
              [p.mentorName]: new Seq(['Piotr Wrona', '']),
              [p.department('Piotr Wrona')]: 'Backend',
              [p.lineManagerOf('Piotr Wrona')]: 'Ewa Sowa',
              [p.pairMentor]: new Seq(['Piotr Wrona']),
              [p.pairMentee('Piotr Wrona')]: 'Ola Nowak',
              [p.mentorsPrepared]: '2027-01-20',
            },
            asked,
          ),
        today: () => '2026-11-30',
      });
      expect(io.out()).toContain(catalogue(locale).init.out.checkedClean);
      expect(code).toBe(0);
      const dir = join(cwd, 'brief');
      // The programme validates with nothing left to fill in: no errors, no warnings.
      expect(await validate([dir], { cwd, today: '2026-11-30', locale })).toEqual([]);
      const programme = parse(readFileSync(join(dir, 'programme.yaml'), 'utf8'));
      const people = parse(readFileSync(join(dir, 'people.yaml'), 'utf8'));
      // Made from a long name: at most 32 characters, cut after a whole word, Polish letters folded.
      expect(programme.goals.map((g: { id: string }) => g.id)).toEqual(['przeniesc-wiedze']);
      expect(programme.scales).toEqual([
        { id: 'engineering-proficiency', name: 'Engineering proficiency', levels: ['Novice', 'Practitioner', 'Independent', 'Senior', 'Architect'].map((label, i) => ({ level: i + 1, label })) },
      ]);
      expect(programme.competencies).toMatchObject([
        { id: 'system-design', importance: 'strategic', scale: 'engineering-proficiency', whyVacant: '3 of 42 engineers at level 4+' },
        { id: 'code-review', importance: 'tactical', scale: 'engineering-proficiency' },
      ]);
      expect(programme.addressees.criteria).toEqual([{ id: 'a-gap-of-two-levels', description: 'A gap of two levels in a strategic competency', minGap: 2, importance: 'strategic' }]);
      expect(people.staff).toMatchObject([{ id: 'joanna-kowal' }, { id: 'maria-zajac' }, { id: 'ewa-sowa', department: 'Backend' }, { id: 'adam-wilk', department: 'Frontend' }]);
      expect(programme.roles.find((r: { id: string }) => r.id === 'line-manager').staffedBy).toEqual(['ewa-sowa', 'adam-wilk']);
      expect(programme.roles.find((r: { id: string }) => r.id === 'mentor').responsibilities).toEqual(['Designs with the mentee', 'reviews code together']);
      expect(programme.process.milestones).toContainEqual({ id: 'kick-off', name: kickOffName, date: '2027-01-25' });
      expect(programme.process.milestones).toContainEqual({ id: 'architecture-review-day', name: 'Architecture review day', date: '2027-04-14' });
      expect(programme.communications.map((c: { id: string }) => c.id)).toEqual(['why-we-start-mentoring', 'meeting-with-the-department', 'welcome']);
      expect(programme.communications[0]).toMatchObject({ from: 'sponsor', to: ['mentor', 'mentee', 'line-manager'], channel: 'letter', purpose: 'buy-in', when: { date: '2027-01-11' }, text: 'Our architecture lives in a few heads.' });
      expect(programme.communications[1]).toMatchObject({ from: 'hr-owner', channel: 'meeting', when: { milestone: 'kick-off', offsetDays: -10 } });
      expect(programme.preparation.modules.map((m: { id: string }) => m.id)).toEqual([firstModule, 'coaching-through-code-review']);
      expect(programme.kpis.map((k: { id: string }) => k.id)).toEqual([gapKpi, 'median-wait-for-a-code-review']);
      expect(programme.kpis[1]).toMatchObject({ level: 4, metric: 'median-wait-for-a-code-review', baseline: 26, target: 12, unit: 'hours', direction: 'lower', source: 'Git hosting export, monthly' });
      expect(people.mentees[0]).toMatchObject({ id: 'mentee-01', department: 'frontend', lineManager: 'adam-wilk', competencies: [{ competency: 'system-design', baseline: 2 }, { competency: 'code-review', baseline: 1 }] });
      expect(people.mentors[0]).toMatchObject({ id: 'mentor-01', department: 'Backend', lineManager: 'ewa-sowa', preparation: [{ module: firstModule, completed: '2027-01-20' }, { module: 'coaching-through-code-review', completed: '2027-01-20' }] });
      expect(people.pairs).toMatchObject([{ id: 'pair-01', mentor: 'mentor-01', mentee: 'mentee-01', competencies: ['system-design', 'code-review'] }]);
      // Before the write question: what the programme holds, and every id made from a typed name.
      const out = io.out();
      const summary = catalogue(locale).init.out;
      expect(out).toContain(summary.madeIdsHeading);
      for (const id of ['przeniesc-wiedze', 'system-design', 'engineering-proficiency', 'a-gap-of-two-levels', 'coaching-through-code-review', 'median-wait-for-a-code-review', 'why-we-start-mentoring', 'architecture-review-day', 'joanna-kowal', 'mentor-01', 'pair-01']) {
        expect(out).toMatch(new RegExp(`^  \\S.*  ${id} `, 'm'));
      }
      expect(out.indexOf(summary.madeIdsHeading)).toBeLessThan(out.indexOf(catalogue(locale).init.out.created('brief', 10)));
    });
  }

  for (const template of ['key-accounts', 'new-managers', 'expert-transfer']) {
    it(`${template}: a programme without line managers (a community) drops the role and still validates clean`, async () => {
      const cwd = mkdtempSync(join(tmpdir(), 'mentor-dialog-'));
      const code = await initCommand('community', { template, organisation: 'Open Source Foundation', start: '2027-03-01' }, terminal(cwd), 'en', {
        prompts: async () => scripted({ [t.hasLineManagers]: false, [t.hrOwner]: 'Ana Silva', [t.sponsor]: 'The board' }, []),
        today: () => '2027-01-04',
      });
      expect(code).toBe(0);
      const programme = parse(readFileSync(join(cwd, 'community/programme.yaml'), 'utf8'));
      expect(programme.roles.map((r: { id: string }) => r.id)).not.toContain('line-manager');
      expect(JSON.stringify([programme.roleMatrix, programme.communications])).not.toContain('line-manager');
      expect((await validate([join(cwd, 'community')], { cwd, today: '2027-01-04' })).filter((d) => d.ruleId !== 'placeholder-unfilled')).toEqual([]);
    });
  }

  it('skips what flags answered', async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'mentor-dialog-'));
    const asked: Asked[] = [];
    const code = await initCommand('flagged', { template: 'new-managers', organisation: 'Acme', start: '2027-03-01', weeks: 20, goals: ['team-retention'], kpis: ['recommend'], hrOwner: 'A' }, terminal(cwd), 'en', {
      prompts: async () => scripted({}, asked),
      today: () => '2027-01-04',
    });
    expect(code).toBe(0);
    const questions = asked.filter((a) => a.kind !== 'note').map((a) => a.message);
    for (const skipped of [t.dir, t.phase, t.template, t.organisation, t.goals, t.addGoal, t.start, t.weeks, t.kpis, t.hrOwner]) expect(questions).not.toContain(skipped);
    expect(questions).toContain(t.sponsor);
    const p = parse(readFileSync(join(cwd, 'flagged/programme.yaml'), 'utf8'));
    expect(p.kpis.map((k: { id: string }) => k.id)).toEqual(['recommend']);
  });

  it('offers only the KPIs that still measure a kept competency', async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'mentor-dialog-'));
    const asked: Asked[] = [];
    const code = await initCommand('narrowed', { template: 'key-accounts', organisation: 'Acme', start: '2027-03-01' }, terminal(cwd), 'en', {
      prompts: async () => scripted({ [t.goals]: ['key-account-retention'] }, asked),
      today: () => '2027-01-04',
    });
    expect(code).toBe(0);
    const kpis = asked.find((a) => a.message === t.kpis)!.choices;
    expect(kpis).toContain('gap-closed');
    // Scoped to negotiation and profitability, which serve the goal left out.
    expect(kpis).not.toContain('contract-margin');
    expect(asked.find((a) => a.message === t.competencies)!.choices).toEqual(['account-planning']);
  });

  it('answering no to the last question writes nothing', async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'mentor-dialog-'));
    const io = terminal(cwd);
    const code = await initCommand('declined', { organisation: 'Acme' }, io, 'en', {
      prompts: async () => scripted({ [t.write(10, 'declined')]: false }, []),
      today: () => '2027-01-04',
    });
    expect(code).toBe(0);
    expect(io.out()).toContain('Cancelled; nothing was written.');
    expect(existsSync(join(cwd, 'declined'))).toBe(false);
  });

  it('Ctrl-C (inquirer ExitPromptError) exits 130 and writes nothing', async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'mentor-dialog-'));
    const exit = Object.assign(new Error('User force closed the prompt with SIGINT'), { name: 'ExitPromptError' });
    const code = await initCommand('interrupted', { organisation: 'Acme' }, terminal(cwd), 'en', {
      prompts: async () => scripted({ [t.addPeople]: exit }, []),
      today: () => '2027-01-04',
    });
    expect(code).toBe(130);
    expect(existsSync(join(cwd, 'interrupted'))).toBe(false);
  });

  it('warns, and still writes, when the pilot to calibrate from has not ended', async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'mentor-dialog-'));
    cpSync(join(repoRoot, 'examples/kam-pilot'), join(cwd, 'kam-pilot'), { recursive: true });
    const io = terminal(cwd);
    // kam-pilot runs until 2026-06-30.
    const code = await initCommand('kam-rollout', { from: 'kam-pilot', yes: true, start: '2026-09-07' }, io, 'en', { today: () => '2026-05-04' });
    expect(code).toBe(0);
    expect(io.out()).toContain('Warning: the pilot kam-pilot runs until 2026-06-30, so calibration has no evidence yet.');
    expect(existsSync(join(cwd, 'kam-rollout/programme.yaml'))).toBe(true);
    const ended = terminal(cwd);
    expect(await initCommand('kam-rollout-2', { from: 'kam-pilot', yes: true, start: '2026-09-07' }, ended, 'en', { today: () => '2026-07-01' })).toBe(0);
    expect(ended.out()).not.toContain('Warning');
  });

  it('a cycle asks for the cycle before it, a rollout included, and starts from a template when left empty', async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'mentor-dialog-'));
    cpSync(join(repoRoot, 'examples/kam-rollout'), join(cwd, 'kam-rollout'), { recursive: true });
    cpSync(join(repoRoot, 'examples/kam-pilot'), join(cwd, 'kam-pilot'), { recursive: true });
    const linked: Asked[] = [];
    const io = terminal(cwd);
    const code = await initCommand('kam-2028', {}, io, 'en', {
      prompts: async () => scripted({ [t.phase]: 'cycle', [t.previous]: 'kam-rollout', [t.start]: '2028-01-10' }, linked),
      today: () => '2027-12-01',
    });
    expect(code).toBe(0);
    // The rollout ended on 2027-06-30: its evidence is in, nothing to warn about.
    expect(io.out()).not.toContain('Warning');
    expect(linked.map((a) => a.message)).toContain(t.previous);
    expect(linked.map((a) => a.message)).not.toContain(t.template);
    expect(parse(readFileSync(join(cwd, 'kam-2028/programme.yaml'), 'utf8')).metadata).toMatchObject({ phase: 'cycle', previous: { path: '../kam-rollout' } });

    const first: Asked[] = [];
    expect(await initCommand('cohort-1', {}, terminal(cwd), 'en', { prompts: async () => scripted({ [t.phase]: 'cycle', [t.organisation]: 'Acme', [t.start]: '2028-01-10' }, first), today: () => '2027-12-01' })).toBe(0);
    expect(first.map((a) => a.message)).toEqual(expect.arrayContaining([t.previous, t.template]));
    const metadata = parse(readFileSync(join(cwd, 'cohort-1/programme.yaml'), 'utf8')).metadata;
    expect(metadata.phase).toBe('cycle');
    expect(metadata.previous).toBeUndefined();

    // A cycle prepared while the run before is still going: said, and written all the same.
    const early = terminal(cwd);
    expect(await initCommand('kam-2027b', { phase: 'cycle', from: 'kam-rollout', yes: true, start: '2027-09-06' }, early, 'en', { today: () => '2027-05-04' })).toBe(0);
    expect(early.out()).toContain('Warning: the run before, kam-rollout, lasts until 2027-06-30, so calibration has no evidence yet.');
    expect(existsSync(join(cwd, 'kam-2027b/programme.yaml'))).toBe(true);
  });

  it('does not prompt with --yes even in a terminal', async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'mentor-dialog-'));
    const asked: Asked[] = [];
    const code = await initCommand('quiet', { yes: true }, terminal(cwd), 'en', { prompts: async () => scripted({}, asked), today: () => '2027-01-04' });
    expect(code).toBe(0);
    expect(asked).toEqual([]);
  });
});

describe('the line manager offered first', () => {
  const managers = [
    { name: 'Ewa Sowa', department: 'Backend' },
    { name: 'Adam Wilk', department: 'Frontend' },
    { name: 'Olga Lis', department: 'Łączność' },
  ];
  it('is the head of the department typed (any case, with or without Polish letters), else none when there are several', () => {
    expect(defaultManager('frontend', managers)).toBe('Adam Wilk');
    expect(defaultManager('Lacznosc', managers)).toBe('Olga Lis');
    expect(defaultManager('Sales', managers)).toBeUndefined();
    expect(defaultManager('', managers)).toBeUndefined();
    expect(defaultManager('Sales', [managers[0]!])).toBe('Ewa Sowa');
    expect(defaultManager('Backend', [...managers, { name: 'Jan Kos', department: 'backend' }])).toBeUndefined();
  });
});

describe('a template message in the checklist', () => {
  it('shows the programme typed so far, and a date filled in later as an ellipsis, not raw placeholders', () => {
    expect(checklistSubject('„{programme}” – proszę o nominacje do {recruitment-closes}', { name: 'Mentoring KAM 2027' })).toBe('„Mentoring KAM 2027” – proszę o nominacje do …');
    expect(checklistSubject('{organisation}: {milestone-name:kick-off} on {milestone:kick-off}', { organisation: 'Acme' })).toBe('Acme: … on …');
    expect(checklistSubject('Welcome', {})).toBe('Welcome');
  });
});
