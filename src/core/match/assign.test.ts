import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assign, objectiveOf, type AssignmentProblem } from './assign.js';

/** Every assignment of a small problem, tried one by one: the reference the optimiser must equal. */
function bruteForce(problem: AssignmentProblem): number {
  let best = 0;
  const colOf = new Array<number>(problem.rows).fill(-1);
  const load = new Array<number>(problem.capacity.length).fill(0);
  const visit = (row: number): void => {
    if (row === problem.rows) {
      best = Math.max(best, objectiveOf(problem, colOf));
      return;
    }
    colOf[row] = -1;
    visit(row + 1);
    for (const { col } of problem.edges[row]!) {
      if (load[col]! >= problem.capacity[col]!) continue;
      load[col]!++;
      colOf[row] = col;
      visit(row + 1);
      load[col]!--;
      colOf[row] = -1;
    }
  };
  visit(0);
  return best;
}

/** The greedy baseline: the best remaining edge first, while it still gains something. */
function greedy(problem: AssignmentProblem): number {
  const edges = problem.edges.flatMap((list, row) => list.map((e) => ({ row, ...e }))).sort((a, b) => b.gain - a.gain || a.row - b.row || a.col - b.col);
  const colOf = new Array<number>(problem.rows).fill(-1);
  const load = new Array<number>(problem.capacity.length).fill(0);
  for (const e of edges) {
    if (colOf[e.row] !== -1 || load[e.col]! >= problem.capacity[e.col]!) continue;
    if (e.gain - problem.slotCosts[e.col]![load[e.col]!]! <= 0) continue;
    colOf[e.row] = e.col;
    load[e.col]!++;
  }
  return objectiveOf(problem, colOf);
}

/** Random problems: each row has a few distinct columns, capacities 0–3, convex slot costs. */
const problems = (maxRows: number, maxCols: number): fc.Arbitrary<AssignmentProblem> =>
  fc.integer({ min: 1, max: maxCols }).chain((cols) =>
    fc.record({
      rows: fc.constant(0),
      capacity: fc.array(fc.integer({ min: 0, max: 3 }), { minLength: cols, maxLength: cols }),
      slotCosts: fc.array(fc.tuple(fc.integer({ min: 0, max: 5 }), fc.integer({ min: 0, max: 4 })), { minLength: cols, maxLength: cols }).map((list) => list.map(([first, step]) => [0, 1, 2].map((k) => first + k * step))),
      edges: fc.array(fc.uniqueArray(fc.record({ col: fc.integer({ min: 0, max: cols - 1 }), gain: fc.integer({ min: 0, max: 30 }) }), { selector: (e) => e.col, maxLength: cols }), { minLength: 1, maxLength: maxRows }),
    }).map((p) => ({ ...p, rows: p.edges.length })),
  );

describe('assign', () => {
  it('moves an earlier row to make room, where a greedy choice would not (hand-checked)', () => {
    // Row 0 likes column 0 best (10 vs 9), but row 1 can only use column 0 (8). Greedy: 10 + 0.
    // Optimal: row 0 → column 1 (9), row 1 → column 0 (8) = 17.
    const problem: AssignmentProblem = {
      rows: 2,
      capacity: [1, 1],
      slotCosts: [[0], [0]],
      edges: [
        [
          { col: 0, gain: 10 },
          { col: 1, gain: 9 },
        ],
        [{ col: 0, gain: 8 }],
      ],
    };
    const result = assign(problem);
    expect([...result.colOf]).toEqual([1, 0]);
    expect(result.objective).toBe(17);
    expect(greedy(problem)).toBe(10);
  });

  it('spreads the load when slot costs grow, and leaves a row unmatched when no slot pays (hand-checked)', () => {
    // One column of capacity 3 whose second slot costs 5 and third 100; a second column costs 0.
    const problem: AssignmentProblem = {
      rows: 3,
      capacity: [3, 1],
      slotCosts: [[0, 5, 100], [0]],
      edges: [[{ col: 0, gain: 20 }], [{ col: 0, gain: 20 }, { col: 1, gain: 18 }], [{ col: 0, gain: 20 }]],
    };
    const result = assign(problem);
    // Rows 0 and 2 share column 0 (20 + 20 − 5), row 1 takes column 1 (18): 53. A third row in column 0 would cost 100.
    expect([...result.colOf]).toEqual([0, 1, 0]);
    expect(result.objective).toBe(53);
    const full: AssignmentProblem = { rows: 2, capacity: [1], slotCosts: [[0]], edges: [[{ col: 0, gain: 3 }], [{ col: 0, gain: 7 }]] };
    expect([...assign(full).colOf]).toEqual([-1, 0]);
  });

  it('equals brute force on small random problems', () => {
    fc.assert(
      fc.property(problems(6, 4), (problem) => {
        expect(assign(problem).objective).toBe(bruteForce(problem));
      }),
      { numRuns: 400 },
    );
  });

  it('is never worse than the greedy baseline, and never breaks a capacity or uses a missing edge', () => {
    fc.assert(
      fc.property(problems(40, 12), (problem) => {
        const result = assign(problem);
        // objectiveOf throws on a capacity broken or an edge that does not exist.
        expect(objectiveOf(problem, result.colOf)).toBe(result.objective);
        expect(result.objective).toBeGreaterThanOrEqual(greedy(problem));
      }),
      { numRuns: 200 },
    );
  });

  it('gives the same assignment for the same input', () => {
    fc.assert(
      fc.property(problems(20, 6), (problem) => {
        expect([...assign(problem).colOf]).toEqual([...assign(problem).colOf]);
      }),
      { numRuns: 50 },
    );
  });
});
