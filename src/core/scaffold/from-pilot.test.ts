import { describe, expect, it } from 'vitest';
import { pilotState } from './from-pilot.js';

const metadata = (over: object) => ({ metadata: { id: 'p', name: 'P', organisation: 'O', phase: 'pilot' as const, locale: 'en' as const, period: { start: '2026-01-12', end: '2026-06-30' }, ...over } });

describe('pilotState', () => {
  it('a pilot that has ended can be calibrated from', () => {
    expect(pilotState(metadata({}), '2026-07-01')).toEqual({ kind: 'ended' });
    // Its last day is over once the day has come.
    expect(pilotState(metadata({}), '2026-06-30')).toEqual({ kind: 'ended' });
  });

  it('a pilot that ends after today has no evidence yet', () => {
    expect(pilotState(metadata({}), '2026-06-29')).toEqual({ kind: 'running', end: '2026-06-30' });
  });

  it('a rollout is no pilot, and its own pilot is named when it links one', () => {
    expect(pilotState(metadata({ phase: 'rollout', pilot: { path: '../kam-pilot' } }), '2027-01-01')).toEqual({ kind: 'rollout', pilot: '../kam-pilot' });
    expect(pilotState(metadata({ phase: 'rollout' }), '2027-01-01')).toEqual({ kind: 'rollout' });
  });
});
