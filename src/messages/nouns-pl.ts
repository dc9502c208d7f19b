import type { EntityKind } from '../core/entities.js';

/** A Polish noun in the cases messages need, and what agrees with it. */
export interface NounPl {
  /** Mianownik: „kompetencja”. */
  nom: string;
  /** Biernik: „wskazuje na kompetencję”. */
  acc: string;
  /** Dopełniacz: „nie ma kompetencji”. */
  gen: string;
  /** Rodzaj: żeński, męski (męskoosobowy dla osób) albo nijaki. */
  gender: 'f' | 'm' | 'n';
  /** Męskożywotny: biernik zaimka to „tego”, nie „ten” („zdefiniuj tego mentora”). */
  animate?: boolean;
}

/**
 * The entities of a programme in Polish. „Mentee” is the word Polish HR uses and does not decline
 * („podopieczny” glosses it in role names only); a KPI is masculine („ten KPI”), as in speech.
 */
export const nounsPl: Readonly<Record<EntityKind, NounPl>> = {
  competency: { nom: 'kompetencja', acc: 'kompetencję', gen: 'kompetencji', gender: 'f' },
  scale: { nom: 'skala', acc: 'skalę', gen: 'skali', gender: 'f' },
  goal: { nom: 'cel', acc: 'cel', gen: 'celu', gender: 'm' },
  role: { nom: 'rola', acc: 'rolę', gen: 'roli', gender: 'f' },
  person: { nom: 'osoba', acc: 'osobę', gen: 'osoby', gender: 'f' },
  milestone: { nom: 'kamień milowy', acc: 'kamień milowy', gen: 'kamienia milowego', gender: 'm' },
  KPI: { nom: 'KPI', acc: 'KPI', gen: 'KPI', gender: 'm' },
  module: { nom: 'moduł', acc: 'moduł', gen: 'modułu', gender: 'm' },
  pair: { nom: 'para', acc: 'parę', gen: 'pary', gender: 'f' },
  mentor: { nom: 'mentor', acc: 'mentora', gen: 'mentora', gender: 'm', animate: true },
  mentee: { nom: 'mentee', acc: 'mentee', gen: 'mentee', gender: 'm', animate: true },
};

/** For a kind a later rule adds before its Polish noun: the neutral „identyfikator”. */
const fallback: NounPl = { nom: 'identyfikator', acc: 'identyfikator', gen: 'identyfikatora', gender: 'm' };

export function nounPl(kind: string | number | undefined): NounPl {
  return nounsPl[String(kind) as EntityKind] ?? fallback;
}

/** „której” / „którego”: the relative pronoun in the genitive („…, której nie zdefiniowano”). */
export function whichGen(noun: NounPl): string {
  return noun.gender === 'f' ? 'której' : 'którego';
}

/** „tę kompetencję”, „ten cel”, „tego mentora”, „to …”: the noun in the accusative with „ten”. */
export function thisAcc(noun: NounPl): string {
  const pronoun = noun.gender === 'f' ? 'tę' : noun.gender === 'n' ? 'to' : noun.animate ? 'tego' : 'ten';
  return `${pronoun} ${noun.acc}`;
}
