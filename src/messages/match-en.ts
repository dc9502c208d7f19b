import type { MatchText } from './match-text.js';

const needs = (list: readonly { competency: string; target: number }[]): string => list.map((n) => `level ${n.target} or above in \`${n.competency}\``).join(' or ');
const mentees = (n: number): string => `${n} ${n === 1 ? 'mentee' : 'mentees'}`;
const pairs = (n: number): string => `${n} ${n === 1 ? 'pair' : 'pairs'}`;

export const matchEn: MatchText = {
  part: (p) => {
    switch (p.kind) {
      case 'competency':
        return `+${p.points} \`${p.competency}\` (${p.importance}, gap ${p.gap}; mentor at ${p.mentorLevel}, target ${p.target})`;
      case 'other-department':
        return `+${p.points} mentor from another department (${p.mentorDepartment}, mentee in ${p.menteeDepartment})`;
      case 'pilot-mentor':
        return `+${p.points} the same mentor as before (${p.pair})`;
      case 'load':
        return `${p.points} the mentor's mentee no. ${p.mentees}`;
    }
  },
  block: (b) => {
    switch (b.code) {
      case 'no-competencies':
        return 'no competency of the plan has a gap (target above baseline): nothing to pair on';
      case 'no-level':
        return `no mentor at ${needs(b.needs)}`;
      case 'reporting-line':
        return `no mentor at ${needs(b.needs)} outside the reporting line (above the mentee: ${b.mentors.join(', ')})`;
      case 'not-prepared':
        return `no prepared mentor at ${needs(b.needs)} outside the reporting line by ${b.start} (${b.mentors.map((m) => `${m.id} lacks ${m.missing.join(', ')}`).join('; ')})`;
      case 'full':
        return `every suitable mentor is full (${b.mentors.map((m) => `${m.id}: ${m.capacity}`).join(', ')})`;
      case 'taken':
        return `the places of the suitable mentors (${b.mentors.join(', ')}) went to mentees no other mentor could take or who score higher`;
    }
  },
  notCovered: (list) => `not covered: ${list.map((c) => `\`${c}\``).join(', ')} (the mentor is below the target)`,
  head: { pair: 'pair', mentee: 'mentee', mentor: 'mentor', competencies: 'competencies', score: 'score', why: 'why', blocked: 'blocked by' },
  unmatchedTitle: (n) => `Without a mentor: ${mentees(n)}`,
  summary: (p) => `${pairs(p.proposed)} proposed from ${p.start}${p.passed !== undefined ? ` (the programme's start for pairs, ${p.passed}, has passed)` : ''}, ${mentees(p.unmatched)} without a mentor, ${pairs(p.kept)} kept${p.released > 0 ? `, ${pairs(p.released)} released by --rematch` : ''}.`,
  nothingProposed: 'No pair to propose: every mentee has a mentor.',
  wrotePairs: (n, file) => `Added ${pairs(n)} to ${file}.`,
  rematchNoWrite: '--rematch cannot be combined with --write: the released pairs would stay in the file. Remove them by hand (or give them an `end`), then run `mentor match --write` without --rematch.',
  writeRefused: (file, reason) => `${file} cannot be edited safely (${reason}); nothing was written.`,
  validateAfterWrite: (path) => `Check the programme now: mentor validate ${path}`,
};
