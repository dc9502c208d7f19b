import { describe, expect, it } from 'vitest';
import { newPersonId, nextId } from './kinds.js';

describe('nextId', () => {
  it('follows the pattern most ids share, one past the highest, as wide', () => {
    expect(nextId(['pr-00001', 'pr-00041', 'pr-00007'], 'pair')).toBe('pr-00042');
    expect(nextId(['mentee-01', 'mentee-02', 'e-anowak'], 'mentee')).toBe('mentee-03');
    expect(nextId(['para-9'], 'pair')).toBe('para-10');
  });
  it('falls back to the kind\'s own prefix when ids follow no common pattern or none exists', () => {
    expect(nextId([], 'mentee')).toBe('mentee-01');
    expect(nextId(['hr-owner-1', 'sponsor-1', 'line-manager-1'], 'staff')).toBe('staff-01');
    expect(nextId(['e-anowak', 'e-bkowal'], 'mentee')).toBe('mentee-01');
  });
  it('never gives a taken id', () => {
    expect(nextId(['mentee-01'], 'mentee', new Set(['mentee-01', 'mentee-02']))).toBe('mentee-03');
  });
});

describe('newPersonId', () => {
  it('makes the id from the name, with the shared prefix, in a list whose ids are made from names', () => {
    expect(newPersonId(['e-akaczmarek', 'e-mnowicki', 'e-kpawlak'], 'mentee', 'Anna Nowa')).toBe('e-anna-nowa');
    expect(newPersonId(['ana', 'ben-ek', 'chen-lu'], 'mentee', 'Zofia Żółkiewska')).toBe('zofia-zolkiewska');
    expect(newPersonId(['e-anna-nowa', 'e-bkowal'], 'mentee', 'Anna Nowa')).toBe('e-anna-nowa-2');
    // Titles written into names stay out of the id.
    expect(newPersonId(['n-pawlak', 'n-gorecki'], 'mentee', 'dr Anna Kęsicka')).toBe('n-anna-kesicka');
    expect(newPersonId(['n-pawlak', 'n-gorecki'], 'mentee', 'dr hab. Wojciech Ćwikła, prof. UN')).toBe('n-wojciech-cwikla');
    expect(newPersonId(['cw-ruth', 'cw-ali'], 'mentor', 'Revd Margaret Okafor')).toBe('cw-margaret-okafor');
    expect(newPersonId(['n-pawlak', 'n-gorecki'], 'mentee', 'Dr')).toBe('n-dr');
  });
  it('keeps to the numbered pattern where ids are numbered, and without a name', () => {
    expect(newPersonId(['mentee-01', 'mentee-02', 'e-anowak'], 'mentee', 'Anna Nowa')).toBe('mentee-03');
    expect(newPersonId(['e-anowak', 'e-bkowal'], 'pair', undefined)).toBe('pair-01');
    expect(newPersonId([], 'mentee', 'Anna Nowa')).toBe('mentee-01');
  });
  it('never gives a taken id (one used in another list)', () => {
    expect(newPersonId(['e-akaczmarek', 'e-mnowicki'], 'mentee', 'Anna Nowa', new Set(['e-akaczmarek', 'e-mnowicki', 'e-anna-nowa']))).toBe('e-anna-nowa-2');
  });
});
