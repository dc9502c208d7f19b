import { describe, expect, it } from 'vitest';
import { diagnosticsOf, programmeYaml, textAt } from '../../../../test/helpers/bundle.js';

const addressees = { criteria: [{ id: 'gap', description: 'A gap', minGap: 2 }], recruitment: { method: 'application', closes: '2026-01-09' } };
const call = (date: string, extra: Record<string, unknown> = {}) => ({ id: 'call', when: { date }, from: 'hr-owner', to: ['mentee'], channel: 'intranet', purpose: 'information', ...extra });

describe('invitation-before-sponsor', () => {
  it('reports a call for candidates before the sponsor has spoken, at its date', () => {
    const yaml = programmeYaml((d) => {
      d.addressees = addressees;
      d.communications.push(call('2025-12-15'));
    });
    const [d, ...rest] = diagnosticsOf(yaml, 'invitation-before-sponsor');
    expect(rest).toEqual([]);
    expect(d).toMatchObject({ severity: 'warning', path: 'communications[id=call].when.date' });
    expect(textAt(yaml, d)).toMatch(/^2025-12-15/);
    expect(d!.message).toBe("Candidates are invited (`call`, 2025-12-15) before the sponsor has announced the programme (the sponsor's first message: 2026-01-12).");
  });

  it('accepts the invitation once the sponsor has spoken earlier', () => {
    const yaml = programmeYaml((d) => {
      d.addressees = addressees;
      d.communications.push(call('2025-12-15'), { id: 'letter', when: { date: '2025-12-01' }, from: 'sponsor', to: ['line-manager'], channel: 'letter', purpose: 'buy-in' });
    });
    expect(diagnosticsOf(yaml, 'invitation-before-sponsor')).toEqual([]);
  });

  it('takes a message marked `step: candidate-invitation` as the invitation, whatever its date', () => {
    const yaml = programmeYaml((d) => {
      d.communications.push(call('2026-01-10', { step: 'candidate-invitation' }));
      d.communications[0].when = { milestone: 'kick-off', offsetDays: -3 };
    });
    expect(diagnosticsOf(yaml, 'invitation-before-sponsor').map((d) => d.path)).toEqual(['communications[id=call].when.date']);
  });

  it('sees no invitation in messages to mentees after recruitment closes, or without a recruitment date', () => {
    const after = programmeYaml((d) => {
      d.addressees = addressees;
      d.communications.push(call('2026-01-10'));
    });
    expect(diagnosticsOf(after, 'invitation-before-sponsor')).toEqual([]);
    const noDate = programmeYaml((d) => {
      d.communications.push(call('2025-12-15'));
    });
    expect(diagnosticsOf(noDate, 'invitation-before-sponsor')).toEqual([]);
  });
});
