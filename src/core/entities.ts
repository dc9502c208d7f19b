/**
 * The things a programme names by id, as messages refer to them. Rules pass one of these codes
 * (never an English noun) and each catalogue words it: Polish declines it and picks the pronoun
 * by its gender (src/messages/nouns-pl.ts).
 */
export const entityKinds = ['competency', 'scale', 'goal', 'role', 'person', 'milestone', 'KPI', 'module', 'pair', 'mentor', 'mentee'] as const;

export type EntityKind = (typeof entityKinds)[number];
