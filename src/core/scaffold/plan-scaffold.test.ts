import { parse } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadProgrammeBundle } from '../../io/load.js';
import { builtinTemplateNames, loadCommonFiles, loadSchemas, loadTemplate, packageRoot } from '../../io/templates.js';
import { catalogue, type Locale } from '../../messages/index.js';
import type { Programme, StaffMember } from '../model/types.js';
import { checkScaffold } from './check-scaffold.js';
import { frameFromPilot } from './from-pilot.js';
import { compatibleRange, fillPlaceholders, hasPlaceholders, planScaffold, targetPath } from './plan-scaffold.js';
import type { PlannedFile, RawFile, ScaffoldAnswers, ScaffoldSource, Template } from './types.js';

const today = '2026-01-05';
let schemas: RawFile[];
const templates = new Map<string, Template>();

beforeAll(async () => {
  schemas = await loadSchemas();
  for (const name of await builtinTemplateNames()) templates.set(name, await loadTemplate(name, { cwd: packageRoot, locale: 'en' }));
});

function sourceOf(name: string, locale: Locale): ScaffoldSource {
  const t = templates.get(name)!;
  return { name, frame: t.frames[locale]!, files: t.files };
}

function answers(overrides: Partial<ScaffoldAnswers> = {}): ScaffoldAnswers {
  return { id: 'acme-sales', name: 'Acme mentoring', organisation: 'Acme Ltd', locale: 'en', phase: 'pilot', start: '2026-02-02', weeks: 24, ...overrides };
}

const plan = (a: ScaffoldAnswers, template = 'key-accounts'): PlannedFile[] => planScaffold(a, sourceOf(template, a.locale), { schemas, toolVersion: '1.4.2' });
const fileOf = (files: PlannedFile[], path: string): string => files.find((f) => f.path === path)?.contents ?? '';
const check = (files: PlannedFile[]) => checkScaffold(files, { folder: '/tmp/acme-sales', shown: 'acme-sales', today, locale: 'en' });
/** A scaffold's only warnings are the placeholders the consultant still has to fill in. */
const placeholder = (d: { ruleId: string }): boolean => d.ruleId === 'placeholder-unfilled';

describe('planScaffold', () => {
  it('has at least three templates, each in English and Polish', () => {
    expect(templates.size).toBeGreaterThanOrEqual(3);
    for (const t of templates.values()) expect(Object.keys(t.frames).sort()).toEqual(['en', 'pl']);
  });

  it('plans the whole folder: programme, people, first records file, README, .gitignore, workflow, schemas', () => {
    const files = plan(answers());
    expect(files.map((f) => f.path)).toEqual([
      'programme.yaml',
      'people.yaml',
      'records/2026-02.yaml',
      '.github/workflows/mentor.yml',
      '.gitignore',
      'README.md',
      '.mentor/schemas/common.schema.json',
      '.mentor/schemas/people.schema.json',
      '.mentor/schemas/programme.schema.json',
      '.mentor/schemas/records.schema.json',
    ]);
  });

  for (const name of ['key-accounts', 'new-managers', 'expert-transfer']) {
    for (const locale of ['en', 'pl'] as const) {
      for (const weeks of [12, 24, 104]) {
        it(`${name} (${locale}, ${weeks} weeks) validates with no errors, and warns only about placeholders to fill in`, () => {
          const found = check(plan(answers({ locale, weeks }), name));
          expect(found.filter((d) => !placeholder(d))).toEqual([]);
          // Every template leaves the evidence of vacancy (`whyVacant`) for the consultant to write.
          expect(found.filter(placeholder).some((d) => d.path.endsWith('.whyVacant') && d.severity === 'warning')).toBe(true);
        });
      }
    }
  }

  it('writes the modeline to the schemas it copies, with paths that work from each file', () => {
    const files = plan(answers());
    expect(fileOf(files, 'programme.yaml').split('\n')[0]).toBe('# yaml-language-server: $schema=.mentor/schemas/programme.schema.json');
    expect(fileOf(files, 'people.yaml').split('\n')[0]).toBe('# yaml-language-server: $schema=.mentor/schemas/people.schema.json');
    expect(fileOf(files, 'records/2026-02.yaml').split('\n')[0]).toBe('# yaml-language-server: $schema=../.mentor/schemas/records.schema.json');
  });

  it('explains every section in a real YAML comment, in the programme locale', () => {
    const en = fileOf(plan(answers()), 'programme.yaml');
    const pl = fileOf(plan(answers({ locale: 'pl' })), 'programme.yaml');
    expect(en).toMatch(/^# ── Step 1: the frame/m);
    expect(pl).toMatch(/^# ── Krok 1: rama/m);
    expect(pl).toMatch(/^# ── Krok 4: monitoring/m);
    // Comments are comments: the data is untouched by them.
    const data = parse(pl) as Programme;
    expect(data.metadata.locale).toBe('pl');
    expect(data.competencies.map((c) => c.id)).toContain('negocjacje-kam');
    expect(fileOf(plan(answers({ locale: 'pl' })), 'README.md')).toMatch(/^## Metoda w kolejności plików$/m);
  });

  it('resolves template dates inside the period: kick-off after start, recruitment closing after the buy-in', () => {
    const data = parse(fileOf(plan(answers()), 'programme.yaml')) as Programme;
    expect(data.metadata.period).toEqual({ start: '2026-02-02', end: '2026-07-19' });
    const kickOff = data.process.milestones.find((m) => m.id === 'kick-off')!;
    expect(kickOff.date).toBe('2026-02-16');
    expect(data.addressees?.recruitment.closes).toBe('2026-02-09');
  });

  it('moves dates off weekends and Polish holidays, and messages with their offsets', () => {
    // Start on Monday 2026-12-14: the template meant matching for Thursday 24 December (Christmas
    // Eve, a day off in Poland since 2025), the pairs' e-mail for the 25th, and the kick-off for
    // Monday the 28th. Both move before Christmas, in order, and the kick-off stays.
    const pl = parse(fileOf(plan(answers({ locale: 'pl', start: '2026-12-14' })), 'programme.yaml')) as Programme;
    const date = (id: string) => pl.process.milestones.find((m) => m.id === id)!.date;
    expect(pl.addressees?.recruitment.closes).toBe('2026-12-21');
    expect(date('matching')).toBe('2026-12-22');
    expect(date('kick-off')).toBe('2026-12-28');
    const pairs = pl.communications!.find((c) => c.when.milestone === 'matching')!;
    expect(pairs.when).toEqual({ milestone: 'matching', offsetDays: 1 });
    // In English only Christmas Day is off, yet the pairs' e-mail still needs a working day between
    // matching and the kick-off: matching moves back a day to make room.
    const en = parse(fileOf(plan(answers({ start: '2026-12-14' })), 'programme.yaml')) as Programme;
    expect(en.process.milestones.find((m) => m.id === 'matching')!.date).toBe('2026-12-23');
    expect(en.communications!.find((c) => c.id === 'pairs-announced')!.when).toEqual({ milestone: 'matching', offsetDays: 1 });
  });

  it('staffs the HR owner and the sponsor with named people or marked placeholders', () => {
    const named = plan(answers({ hrOwner: 'Anna Nowak' }));
    const people = parse(fileOf(named, 'people.yaml')) as { staff: StaffMember[] };
    expect(people.staff).toEqual([
      { id: 'anna-nowak', name: 'Anna Nowak' },
      { id: 'sponsor-1', name: '(fill in: sponsor)' },
      { id: 'line-manager-1', name: '(fill in: line manager)' },
    ]);
    const roles = (parse(fileOf(named, 'programme.yaml')) as Programme).roles;
    expect(roles.find((r) => r.id === 'sponsor')?.staffedBy).toEqual(['sponsor-1']);
    expect(hasPlaceholders(named, 'en')).toBe(true);
  });

  it('keeps people out of a fresh frame, but shows their format in a comment', () => {
    const people = fileOf(plan(answers()), 'people.yaml');
    expect(parse(people)).toEqual({ apiVersion: 'mentor/v1', kind: 'People', programme: 'acme-sales', staff: expect.any(Array), pairs: [] });
    expect(people).toMatch(/^# mentees:\n# {3}- id: mentee-01$/m);
    expect(people).toMatch(/^# {7}- \{ competency: key-account-negotiation, baseline: 2, target: 4 \}$/m);
  });

  /** Uncomments the lines of each sample block that `pick` chooses, as a user following the comment would. */
  const uncomment = (people: string, heading: string, pick: (block: number) => boolean): string => {
    let block = -1;
    let inSample = false;
    return people
      .split('\n')
      .map((line) => {
        if (line === `# ${heading}`) {
          block += 1;
          inSample = true;
          return line;
        }
        if (!line.startsWith('#')) inSample = false;
        return inSample && pick(block) ? line.replace(/^# /, '') : line;
      })
      .join('\n');
  };

  for (const name of ['key-accounts', 'new-managers', 'expert-transfer']) {
    for (const locale of ['en', 'pl'] as const) {
      it(`${name} (${locale}): the sample mentor and mentee, uncommented as the comment says, make a valid file`, () => {
        const files = plan(answers({ locale }), name);
        const heading = catalogue(locale).init.file.sampleHeading;
        const people = fileOf(files, 'people.yaml');
        for (const [which, pick] of [
          ['both', () => true],
          ['the mentor', (b: number) => b === 0],
          ['the mentee', (b: number) => b === 1],
        ] as const) {
          const edited = uncomment(people, heading, pick);
          expect(edited, which).not.toBe(people);
          const data = parse(edited) as { mentors?: unknown[]; mentees?: unknown[] };
          expect(data.mentors?.length ?? 0, which).toBe(which === 'the mentee' ? 0 : 1);
          expect(data.mentees?.length ?? 0, which).toBe(which === 'the mentor' ? 0 : 1);
          const found = check(files.map((f) => (f.path === 'people.yaml' ? { ...f, contents: edited } : f)));
          expect(found.filter((d) => d.severity === 'error'), `${which}: ${JSON.stringify(found)}`).toEqual([]);
        }
      });
    }
  }

  it('adds the people given, with neutral ids, and drops the sample', () => {
    const files = plan(
      answers({
        mentors: [{ name: 'Jan Wiśniewski', levels: { 'key-account-negotiation': 5, 'account-planning': 5, 'contract-profitability': 4 } }],
        mentees: [{ name: 'Ewa Nowak', competencies: [{ competency: 'key-account-negotiation', baseline: 2, target: 4 }] }, { id: 'e-kmazur', name: 'Kamil Mazur', competencies: [{ competency: 'account-planning', baseline: 1, target: 3 }] }],
      }),
    );
    const people = parse(fileOf(files, 'people.yaml')) as { mentors: { id: string }[]; mentees: { id: string }[] };
    expect(people.mentors.map((m) => m.id)).toEqual(['mentor-01']);
    expect(people.mentees.map((m) => m.id)).toEqual(['mentee-01', 'e-kmazur']);
    expect(fileOf(files, 'people.yaml')).not.toMatch(/# - id: mentee-01/);
    // contract-profitability has no mentee: a real warning, which the user can act on.
    expect(check(files).filter((d) => !placeholder(d)).map((d) => d.ruleId)).toEqual(['competency-unused']);
  });

  it('keeps the chosen goals and drops what served only the others', () => {
    const files = plan(answers({ goals: ['key-account-retention'], customGoals: [{ name: 'Faster onboarding of KAMs' }], customCompetencies: [{ name: 'Onboarding key accounts', importance: 'tactical', goal: 'faster-onboarding-of-kams' }] }));
    const data = parse(fileOf(files, 'programme.yaml')) as Programme;
    expect(data.goals.map((g) => g.id)).toEqual(['key-account-retention', 'faster-onboarding-of-kams']);
    expect(data.competencies.map((c) => [c.id, c.goal])).toEqual([
      ['account-planning', 'key-account-retention'],
      ['onboarding-key-accounts', 'faster-onboarding-of-kams'],
    ]);
    // The margin KPI was scoped to dropped competencies only.
    expect(data.kpis.map((k) => k.id)).not.toContain('contract-margin');
    expect(check(files).filter((d) => !placeholder(d))).toEqual([]);
  });

  it('applies cadence, learning mix, recruitment and size', () => {
    const data = parse(fileOf(plan(answers({ cadence: { everyWeeks: 3 }, learningMix: { experience: 65, social: 25, formal: 10 }, recruitment: 'application', size: 20 })), 'programme.yaml')) as Programme;
    expect(data.process.cadence).toEqual({ everyWeeks: 3, minutes: 60 });
    expect(data.process.learningMix).toEqual({ experience: 65, social: 25, formal: 10, tolerance: 10 });
    expect(data.addressees).toMatchObject({ recruitment: { method: 'application' }, size: 20 });
  });

  it('installs mentor in CI from the tool source, quoted as a YAML string, and never by a bare name', () => {
    const spec = 'github:acme/mentor#v0.1.0';
    const files = planScaffold(answers(), sourceOf('key-accounts', 'en'), { schemas, toolVersion: '1.4.2', toolSource: spec });
    const workflow = fileOf(files, '.github/workflows/mentor.yml');
    expect((parse(workflow) as { jobs: { validate: { env: object } } }).jobs.validate.env).toEqual({ MENTOR_TOOL_SOURCE: spec });
    expect(workflow).toContain('npm install --global --no-audit --no-fund "$MENTOR_TOOL_SOURCE"');
    expect(workflow).toContain('run: mentor validate --format github .');
    expect(workflow).not.toMatch(/npx/);
    expect(workflow).toMatch(/actions\/setup-node@v4\n\s+with:\n\s+node-version: 20/);
    expect(fileOf(files, 'README.md')).toContain(`CI installs mentor with \`npm install --global "${spec}"\``);
    // A source with YAML's special characters stays one string.
    const odd = planScaffold(answers(), sourceOf('key-accounts', 'en'), { schemas, toolVersion: '1.4.2', toolSource: 'https://x.example/a: b#"c"' });
    expect((parse(fileOf(odd, '.github/workflows/mentor.yml')) as { jobs: { validate: { env: Record<string, string> } } }).jobs.validate.env['MENTOR_TOOL_SOURCE']).toBe('https://x.example/a: b#"c"');
    expect(compatibleRange('0.3.1')).toBe('0.3');
    expect(compatibleRange('2.0.0')).toBe('2');
  });

  it('is pure: the same answers give the same files', () => {
    expect(plan(answers())).toEqual(plan(answers()));
  });
});

describe('a rollout from a pilot', () => {
  it('copies the frame, moves the dates, links the pilot and keeps only the staff', async () => {
    const { bundle } = await loadProgrammeBundle('examples/kam-pilot', { cwd: packageRoot });
    const pilot = bundle.programme.data as Programme;
    const staff = bundle.people.flatMap((p) => (p.data as { staff?: StaffMember[] }).staff ?? []);
    const { frame, staff: kept, defaults } = frameFromPilot(pilot, staff);
    expect(defaults.weeks).toBe(24);
    // The controller holds no role, but a copied message names her (`toPeople`): she stays.
    expect(kept.map((s) => s.id)).toContain('s-ijankowska');
    expect(kept.map((s) => s.id)).not.toContain('m-jwisniewski');
    const files = planScaffold(
      answers({ id: 'kam-rollout', locale: 'pl', phase: 'rollout', start: '2026-09-07', weeks: 30 }),
      { name: '../kam-pilot', frame, files: await loadCommonFiles(), staff: kept, pilot: { path: '../kam-pilot', id: pilot.metadata.id } },
      { schemas, toolVersion: '0.1.0' },
    );
    const data = parse(fileOf(files, 'programme.yaml')) as Programme;
    expect(data.metadata.pilot).toEqual({ path: '../kam-pilot', id: 'kam-pilot-2026' });
    expect(data.calibration).toEqual({ decisions: [] });
    expect(data.process.milestones.find((m) => m.id === 'kick-off')?.date).toBe('2026-09-22');
    expect(data.roles.find((r) => r.id === 'hr-owner')?.staffedBy).toEqual(['s-mzielinska']);
    const people = parse(fileOf(files, 'people.yaml')) as { mentors?: unknown[]; mentees?: unknown[]; pairs: unknown[] };
    expect([people.mentors, people.mentees, people.pairs]).toEqual([undefined, undefined, []]);
    expect(checkScaffold(files, { folder: '/tmp/kam-rollout', shown: 'kam-rollout', today, locale: 'pl', pilot: bundle.programme }).filter((d) => !placeholder(d))).toEqual([]);
    // A recurring message comes over with its rhythm; a fixed `until` moves with the period like every date.
    expect(data.communications?.find((c) => c.id === 'k-sesje-w-regionie')?.every).toEqual({ weeks: 4, until: { milestone: 'closing', offsetDays: -14 } });
    const fixedUntil = { ...pilot, communications: [{ ...pilot.communications![0]!, every: { weeks: 2, until: { date: '2026-06-16' } } }] };
    expect(frameFromPilot(fixedUntil, staff).frame.communications?.[0]?.every).toEqual({ weeks: 2, until: { date: 'end-14' } });
  });
});

describe('real files of a template', () => {
  it('maps _dotfiles and per-locale files to their place', () => {
    expect(targetPath('_gitignore', 'en')).toBe('.gitignore');
    expect(targetPath('_github/workflows/mentor.pl.yml', 'pl')).toBe('.github/workflows/mentor.yml');
    expect(targetPath('_github/workflows/mentor.pl.yml', 'en')).toBeUndefined();
    expect(targetPath('README.en.md', 'en')).toBe('README.md');
    expect(targetPath('docs/notes.md', 'pl')).toBe('docs/notes.md');
  });

  it('fills known placeholders and leaves other braces alone', () => {
    expect(fillPlaceholders('{{name}} · {{ start }} · {{unknown}} · {x}', { name: 'A', start: '2026-01-05' })).toBe('A · 2026-01-05 · {{unknown}} · {x}');
  });
});

describe('planScaffold: the people of a brief', () => {
  it('staffs the roles with named people (ids from names), resolves line managers and pairs by name, records the preparation day', () => {
    const files = plan(
      answers({
        hrOwner: { name: 'Joanna Kowal', department: 'HR' },
        sponsor: 'Maria Zając',
        lineManagers: [{ name: 'Ewa Sowa', title: 'Head of Sales North' }, { name: 'Adam Wilk' }],
        mentorsPrepared: '2026-02-20',
        mentors: [{ name: 'Piotr Wrona', levels: { 'key-account-negotiation': 5 } }],
        mentees: [{ name: 'Ola Nowak', lineManager: 'Adam Wilk', competencies: [{ competency: 'key-account-negotiation', baseline: 2, target: 4 }] }],
        pairs: [{ mentor: 'Piotr Wrona', mentee: 'Ola Nowak' }, { mentor: 'Nobody', mentee: 'mentee-01', start: '2026-03-02' }],
      }),
    );
    const people = parse(fileOf(files, 'people.yaml')) as { staff: StaffMember[]; mentors: { preparation?: unknown[] }[]; mentees: { lineManager?: string }[]; pairs: unknown[] };
    expect(people.staff).toEqual([
      { id: 'joanna-kowal', name: 'Joanna Kowal', department: 'HR' },
      { id: 'maria-zajac', name: 'Maria Zając' },
      { id: 'ewa-sowa', name: 'Ewa Sowa', title: 'Head of Sales North' },
      { id: 'adam-wilk', name: 'Adam Wilk' },
    ]);
    const programme = parse(fileOf(files, 'programme.yaml')) as Programme;
    expect(programme.roles.find((r) => r.id === 'line-manager')?.staffedBy).toEqual(['ewa-sowa', 'adam-wilk']);
    expect(programme.goals.every((g) => g.sponsor === 'maria-zajac')).toBe(true);
    expect(people.mentees[0]!.lineManager).toBe('adam-wilk');
    expect(people.mentors[0]!.preparation).toEqual((programme.preparation?.modules ?? []).filter((m) => m.required !== false).map((m) => ({ module: m.id, completed: '2026-02-20' })));
    const kickOff = programme.process.milestones.find((m) => m.id === 'kick-off')!.date;
    // A name nobody has stays as written, for the validator to name.
    expect(people.pairs).toEqual([
      { id: 'pair-01', mentor: 'mentor-01', mentee: 'mentee-01', competencies: ['key-account-negotiation'], start: kickOff },
      { id: 'pair-02', mentor: 'Nobody', mentee: 'mentee-01', competencies: ['key-account-negotiation'], start: '2026-03-02' },
    ]);
  });

  it('gives one person one id: a sponsor who mentors and a mentor who is mentored keep the id they have, neutral ids count the others', () => {
    const files = plan(
      answers({
        hrOwner: 'Joanna Kowal',
        sponsor: { name: 'Krzysztof Mąka', email: 'k.maka@example.com' },
        lineManagers: [{ name: 'Ewa Sowa', email: 'ewa.sowa@example.com' }],
        mentors: [
          { name: 'krzysztof  maka', levels: { 'key-account-negotiation': 5 } },
          { name: 'Piotr Wrona', levels: { 'key-account-negotiation': 5 } },
          // Two people of one name, told apart by their e-mail addresses.
          { name: 'Ewa Sowa', email: 'ewa.sowa.2@example.com', levels: { 'key-account-negotiation': 5 } },
        ],
        mentees: [
          { name: 'Ola Nowak', competencies: [{ competency: 'key-account-negotiation', baseline: 2, target: 4 }] },
          { name: 'Piotr Wrona', competencies: [{ competency: 'key-account-negotiation', baseline: 1, target: 3 }] },
        ],
        pairs: [{ mentor: 'Krzysztof Mąka', mentee: 'Ola Nowak' }],
      }),
    );
    const people = parse(fileOf(files, 'people.yaml')) as { mentors: { id: string; name: string }[]; mentees: { id: string }[]; pairs: { mentor: string }[] };
    expect(people.mentors.map((m) => m.id)).toEqual(['krzysztof-maka', 'mentor-01', 'mentor-02']);
    // One id carries one name: the name as the staff list has it.
    expect(people.mentors[0]!.name).toBe('Krzysztof Mąka');
    expect(people.mentees.map((m) => m.id)).toEqual(['mentee-01', 'mentor-01']);
    expect(people.pairs[0]!.mentor).toBe('krzysztof-maka');
  });

  it('shows a session in the records sample with a pair id of the kind it writes, in either language', () => {
    for (const locale of ['en', 'pl'] as const) {
      const files = plan(
        answers({
          locale,
          mentors: [{ name: 'Piotr Wrona', levels: { 'key-account-negotiation': 5 } }],
          mentees: [{ name: 'Ola Nowak', competencies: [{ competency: 'key-account-negotiation', baseline: 2, target: 4 }] }],
          pairs: [{ mentor: 'Piotr Wrona', mentee: 'Ola Nowak' }],
        }),
      );
      const pairs = (parse(fileOf(files, 'people.yaml')) as { pairs: { id: string }[] }).pairs.map((p) => p.id);
      const records = files.find((f) => f.path.startsWith('records/'))!.contents;
      const sampled = [...records.matchAll(/pair: ([\w-]+)/g)].map((m) => m[1]);
      expect(sampled.length).toBeGreaterThan(0);
      for (const id of sampled) expect(pairs).toContain(id);
    }
  });

  it('staffs a role of the programme\'s own with the people the answers name, one id per person', () => {
    const files = plan(
      answers({
        sponsor: 'Krzysztof Mąka',
        roles: { 'dispatcher-lead': { name: 'Senior dispatcher', people: [{ name: 'Grzegorz Pietrzak' }, { name: 'Krzysztof Mąka' }] } },
        mentors: [{ name: 'Grzegorz Pietrzak', levels: { 'key-account-negotiation': 5 } }],
      }),
    );
    const programme = parse(fileOf(files, 'programme.yaml')) as Programme;
    expect(programme.roles.find((r) => r.id === 'dispatcher-lead')?.staffedBy).toEqual(['grzegorz-pietrzak', 'krzysztof-maka']);
    const people = parse(fileOf(files, 'people.yaml')) as { staff: StaffMember[]; mentors: { id: string }[] };
    expect(people.staff.filter((s) => s.name === 'Krzysztof Mąka')).toHaveLength(1);
    expect(people.mentors[0]!.id).toBe('grzegorz-pietrzak');
  });
});
