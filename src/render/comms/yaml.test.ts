import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { baseProgrammeYaml, diagnosticsOf, programmeYaml } from '../../../test/helpers/bundle.js';
import { planOf } from '../../../test/helpers/comms.js';
import { applyView } from '../../core/comms/view.js';
import { commsYaml } from './yaml.js';

const ctx = { locale: 'en' as const, color: false, view: { proposedOnly: true }, toolVersion: '0.0.0' };

describe('proposals as YAML', () => {
  it('pastes into the programme as it is: the programme then validates clean and nothing is proposed again', () => {
    for (const locale of ['en', 'pl'] as const) {
      const silent = programmeYaml((d) => {
        d.communications = [];
        d.metadata.locale = locale;
        d.addressees = { criteria: [{ id: 'gap', description: 'A gap' }], recruitment: { method: 'mixed', closes: '2025-12-19' } };
      });
      const plan = planOf(silent, { locale });
      const yaml = commsYaml(applyView(plan, { proposedOnly: true }), { ...ctx, locale });
      expect(yaml.startsWith('#')).toBe(true);
      const adopted = silent.replace('communications: []\n', `communications:\n${yaml.trimEnd().replace(/^/gm, '  ')}\n`);
      expect(diagnosticsOf(adopted)).toEqual([]);
      expect(planOf(adopted, { locale }).entries.filter((e) => e.proposed)).toEqual([]);
      // The adopted messages read exactly as proposed: the same dates and texts.
      const again = planOf(adopted, { locale }).entries.map((e) => [e.date, e.subject, e.text]);
      expect(again).toEqual(plan.entries.map((e) => [e.date, e.subject, e.text]));
    }
  });

  it('in a programme without line managers, proposes the sponsor speaking to candidates and mentors first, and the adopted plan validates clean', () => {
    for (const locale of ['en', 'pl'] as const) {
      const silent = programmeYaml((d) => {
        d.communications = [];
        d.metadata.locale = locale;
        d.roles = d.roles.filter((r: { id: string }) => r.id !== 'line-manager');
        d.people.staff = d.people.staff.filter((p: { id: string }) => p.id !== 'lm1');
        delete d.people.mentees[0].lineManager;
      });
      const plan = planOf(silent, { locale });
      const announcement = plan.entries.find((e) => e.step === 'sponsor-announcement');
      expect(announcement?.from.role).toBe('sponsor');
      expect(announcement?.to.roles).toEqual(['mentee', 'mentor']);
      expect(announcement!.date < plan.entries.find((e) => e.step === 'candidate-invitation')!.date).toBe(true);
      for (const e of plan.entries) expect(`${e.subject}\n${e.text}`).not.toMatch(/line manager|przełożon|kierownik/i);
      const yaml = commsYaml(applyView(plan, { proposedOnly: true }), { ...ctx, locale });
      const adopted = silent.replace('communications: []\n', `communications:\n${yaml.trimEnd().replace(/^/gm, '  ')}\n`);
      expect(diagnosticsOf(adopted)).toEqual([]);
      expect(planOf(adopted, { locale }).entries.filter((e) => e.proposed)).toEqual([]);
    }
  });

  it('writes each proposal as the programme holds it, step included, `when` and `to` on one line', () => {
    const yaml = commsYaml(planOf(baseProgrammeYaml), ctx);
    const items = parse(yaml) as Record<string, unknown>[];
    expect(items.every((i) => typeof i['step'] === 'string' && typeof i['text'] === 'string')).toBe(true);
    expect(yaml).toMatch(/^ {2}when: \{ milestone: closing, offsetDays: 14 \}$/m);
    expect(yaml).toMatch(/^ {2}to: \[mentor, line-manager\]$/m);
    expect(yaml).not.toContain('buy-in\n  step'); // the programme's own message is not repeated
  });

  it('says so when there is nothing to propose', () => {
    expect(commsYaml({ ...planOf(baseProgrammeYaml), entries: [] }, ctx)).toBe('# Nothing to propose: the programme covers every step of the method.\n');
  });
});
