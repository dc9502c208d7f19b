import type { Rule } from '../rule.js';

/** A people or records file says which programme it belongs to; a copied file left pointing elsewhere is caught here. */
export const programmeMismatch: Rule = {
  id: 'programme-mismatch',
  check(ctx) {
    const expected = ctx.model.programme.metadata.id;
    return [...ctx.model.peopleFiles, ...ctx.model.recordsFiles]
      .filter(({ data }) => data.programme !== expected)
      .map(({ data }) => ctx.report(ctx.at(data, 'programme'), { actual: data.programme, expected }));
  },
};
