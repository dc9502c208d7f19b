import type { MatchText } from './match-text.js';
import { plural } from './plural-pl.js';

const needs = (list: readonly { competency: string; target: number }[]): string => list.map((n) => `na poziomie ${n.target} lub wyższym w \`${n.competency}\``).join(' ani ');
const pary = (n: number): string => `${n} ${plural(n, 'para', 'pary', 'par')}`;
const osoby = (n: number): string => `${n} ${plural(n, 'osoba', 'osoby', 'osób')}`;
const importance = { strategic: 'strategiczna', tactical: 'taktyczna' } as const;

export const matchPl: MatchText = {
  part: (p) => {
    switch (p.kind) {
      case 'competency':
        return `+${p.points} \`${p.competency}\` (${importance[p.importance]}, luka ${p.gap}; mentor na poziomie ${p.mentorLevel}, cel ${p.target})`;
      case 'other-department':
        return `+${p.points} mentor z innego działu (${p.mentorDepartment}, mentee: ${p.menteeDepartment})`;
      case 'pilot-mentor':
        return `+${p.points} ten sam mentor co wcześniej (${p.pair})`;
      case 'load':
        return `${p.points} ${p.mentees}. mentee tego mentora`;
    }
  },
  block: (b) => {
    switch (b.code) {
      case 'no-competencies':
        return 'żadna kompetencja planu nie ma luki (cel powyżej poziomu wyjściowego): nie ma nad czym pracować w parze';
      case 'no-level':
        return `brak mentora ${needs(b.needs)}`;
      case 'reporting-line':
        return `brak mentora ${needs(b.needs)} spoza linii podległości (przełożeni mentee: ${b.mentors.join(', ')})`;
      case 'not-prepared':
        return `brak przygotowanego do ${b.start} mentora ${needs(b.needs)} spoza linii podległości (${b.mentors.map((m) => `${m.id}: brak ${m.missing.join(', ')}`).join('; ')})`;
      case 'full':
        return `wszyscy pasujący mentorzy mają komplet (${b.mentors.map((m) => `${m.id}: ${m.capacity}`).join(', ')})`;
      case 'taken':
        return `miejsca pasujących mentorów (${b.mentors.join(', ')}) przypadły mentee, których nikt inny nie mógł wziąć albo z wyższym wynikiem`;
    }
  },
  notCovered: (list) => `poza parą: ${list.map((c) => `\`${c}\``).join(', ')} (mentor poniżej celu)`,
  head: { pair: 'para', mentee: 'mentee', mentor: 'mentor', competencies: 'kompetencje', score: 'punkty', why: 'dlaczego', blocked: 'przeszkoda' },
  unmatchedTitle: (n) => `Bez mentora: ${osoby(n)}`,
  summary: (p) => `Proponowane pary od ${p.start}${p.passed !== undefined ? ` (termin startu par z programu, ${p.passed}, już minął)` : ''}: ${p.proposed}; bez mentora: ${osoby(p.unmatched)}; zachowane pary: ${p.kept}${p.released > 0 ? `; zwolnione przez --rematch: ${pary(p.released)}` : ''}.`,
  nothingProposed: 'Nie ma czego proponować: każdy mentee ma mentora.',
  wrotePairs: (n, file) => `Dodano do ${file}: ${pary(n)}.`,
  rematchNoWrite: 'Opcji --rematch nie można łączyć z --write: zwolnione pary zostałyby w pliku. Usuń je ręcznie (albo wpisz im `end`) i uruchom `mentor match --write` bez --rematch.',
  writeRefused: (file, reason) => `Nie da się bezpiecznie edytować ${file} (${reason}); nic nie zapisano.`,
  validateAfterWrite: (path) => `Sprawdź teraz program: mentor validate ${path}`,
};
