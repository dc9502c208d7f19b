import { describe, expect, it } from 'vitest';
import { baseProgrammeYaml, diagnosticsOf, programmeYaml, textAt } from '../../../../test/helpers/bundle.js';

const addressees = (closes?: string) => ({ criteria: [{ id: 'gap', description: 'A gap', minGap: 2 }], recruitment: { method: 'nomination', ...(closes ? { closes } : {}) } });

describe('line-manager-after-recruitment', () => {
  it('points at the first message to line managers when it comes after recruitment closes', () => {
    const yaml = programmeYaml((d) => {
      d.addressees = addressees('2026-01-05');
    });
    const [d, ...rest] = diagnosticsOf(yaml, 'line-manager-after-recruitment');
    expect(rest).toEqual([]);
    expect(d).toMatchObject({ severity: 'warning', path: 'communications[id=buy-in].when.offsetDays' });
    expect(textAt(yaml, d)).toMatch(/^-7/);
    expect(d!.message).toBe('Line managers first hear about the programme on 2026-01-12 (`buy-in`), after recruitment closes (2026-01-05).');
  });

  it('points at the recruitment date when no message reaches line managers at all', () => {
    const yaml = programmeYaml((d) => {
      d.addressees = addressees('2026-01-05');
      d.communications[0].to = ['mentor', 'mentee'];
    });
    const [d] = diagnosticsOf(yaml, 'line-manager-after-recruitment');
    expect(d).toMatchObject({ path: 'addressees.recruitment.closes' });
    expect(d!.message).toBe('No message reaches line managers before recruitment closes (2026-01-05).');
  });

  it('falls back to the matching milestone, and accepts a message before the deadline', () => {
    const late = programmeYaml((d) => {
      d.process.milestones.push({ id: 'matching', name: 'Matching', date: '2026-01-10' });
    });
    expect(diagnosticsOf(late, 'line-manager-after-recruitment')[0]!.message).toContain('after matching (2026-01-10)');
    const early = programmeYaml((d) => {
      d.addressees = addressees('2026-01-15');
    });
    expect(diagnosticsOf(early, 'line-manager-after-recruitment')).toEqual([]);
  });

  it('has nothing to check without a recruitment date or matching, or without line managers', () => {
    expect(diagnosticsOf(baseProgrammeYaml, 'line-manager-after-recruitment')).toEqual([]);
    const noRecruitmentDate = programmeYaml((d) => {
      d.addressees = addressees();
    });
    expect(diagnosticsOf(noRecruitmentDate, 'line-manager-after-recruitment')).toEqual([]);
  });
});
