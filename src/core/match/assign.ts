/**
 * The optimiser of `mentor match`: a maximum-gain assignment of rows (mentees) to columns (mentors)
 * with capacities and a growing cost per extra slot, solved exactly as a min-cost flow.
 *
 * The network: each row sends one unit either to a column it has an edge to (cost G − gain) or
 * straight to the sink, staying unmatched (cost G, the largest gain, so every cost is ≥ 0); a column
 * passes at most `capacity` units to the sink, the k-th for `slotCosts[k]`. Slot costs must not fall
 * with k (a convex cost: the balanced-load preference), so the cheapest free slot is always the next
 * one and one arc per column stands for all of them. Each row adds G to every one of its options, so
 * the minimum cost is the maximum of Σ gain − Σ slot costs.
 *
 * Rows are routed one at a time along a shortest path (successive shortest paths) found by Dijkstra
 * on reduced costs with node potentials; a path may move earlier rows to other columns or back to
 * unmatched, so the result is optimal, not greedy. Dijkstra stops as soon as the sink is settled and
 * only settled nodes have their potential moved (the Jonker–Volgenant update), which keeps each
 * step close to the part of the graph the new row competes for; an arc into the sink is looked at as
 * soon as its node is reached, so a free slot at reduced cost 0 ends the search at once. Ties are broken by the lower node
 * index, so the same input always gives the same assignment.
 *
 * Not a library: the npm solvers (munkres, munkres-js, linear-sum-assignment) take a dense cost
 * matrix and run in O(n³); with one column per mentor place that is 2,000 × 2,000 cells and
 * billions of steps, and none takes a convex cost per place. min-cost-flow (the one sparse solver)
 * has a few hundred downloads a week. This solver is checked against brute force in assign.test.ts.
 */
export interface AssignmentProblem {
  rows: number;
  /** Remaining capacity per column. */
  capacity: readonly number[];
  /** Cost of each further slot of a column: `slotCosts[c][k]` for its (k+1)-th new row; non-decreasing in k, ≥ 0. */
  slotCosts: readonly (readonly number[])[];
  /** The edges of each row: the columns it may go to and the gain of each (an integer ≥ 0). */
  edges: readonly (readonly { col: number; gain: number }[])[];
}

export interface Assignment {
  /** The column of each row, or −1 when it stays unmatched. */
  colOf: Int32Array;
  /** Σ gain of the matched edges − Σ slot costs used. */
  objective: number;
}

/** Σ gain − Σ slot costs of an assignment (the objective `assign` maximises); throws if it breaks a capacity. */
export function objectiveOf(problem: AssignmentProblem, colOf: ArrayLike<number>): number {
  const load = new Array<number>(problem.capacity.length).fill(0);
  let total = 0;
  for (let row = 0; row < problem.rows; row++) {
    const col = colOf[row]!;
    if (col < 0) continue;
    const edge = problem.edges[row]!.find((e) => e.col === col);
    if (!edge) throw new Error(`row ${row} is assigned to column ${col} without an edge`);
    if (load[col]! >= problem.capacity[col]!) throw new Error(`column ${col} is over capacity`);
    total += edge.gain - problem.slotCosts[col]![load[col]!]!;
    load[col]!++;
  }
  return total;
}

/** A binary min-heap of (key, node) with lazy deletion; ties go to the lower node. */
class Heap {
  private keys: number[] = [];
  private nodes: number[] = [];
  get size(): number {
    return this.nodes.length;
  }
  clear(): void {
    this.keys.length = 0;
    this.nodes.length = 0;
  }
  private less(i: number, j: number): boolean {
    return this.keys[i]! < this.keys[j]! || (this.keys[i] === this.keys[j] && this.nodes[i]! < this.nodes[j]!);
  }
  private swap(i: number, j: number): void {
    [this.keys[i], this.keys[j]] = [this.keys[j]!, this.keys[i]!];
    [this.nodes[i], this.nodes[j]] = [this.nodes[j]!, this.nodes[i]!];
  }
  push(key: number, node: number): void {
    this.keys.push(key);
    this.nodes.push(node);
    for (let i = this.nodes.length - 1; i > 0; ) {
      const parent = (i - 1) >> 1;
      if (!this.less(i, parent)) break;
      this.swap(i, parent);
      i = parent;
    }
  }
  peekKey(): number {
    return this.keys[0]!;
  }
  pop(): number {
    const top = this.nodes[0]!;
    const lastKey = this.keys.pop()!;
    const lastNode = this.nodes.pop()!;
    if (this.nodes.length > 0) {
      this.keys[0] = lastKey;
      this.nodes[0] = lastNode;
      for (let i = 0; ; ) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < this.nodes.length && this.less(l, m)) m = l;
        if (r < this.nodes.length && this.less(r, m)) m = r;
        if (m === i) break;
        this.swap(i, m);
        i = m;
      }
    }
    return top;
  }
}

/** Solves the assignment problem exactly (see the module comment). */
export function assign(problem: AssignmentProblem): Assignment {
  const n = problem.rows;
  const m = problem.capacity.length;
  let maxGain = 0;
  let edgeCount = 0;
  for (const list of problem.edges) {
    edgeCount += list.length;
    for (const e of list) if (e.gain > maxGain) maxGain = e.gain;
  }
  const G = maxGain;
  // Compressed rows: the columns of row r are edgeCol[rowStart[r] .. rowStart[r+1]), with cost G − gain.
  const rowStart = new Int32Array(n + 1);
  const edgeCol = new Int32Array(edgeCount);
  const edgeCost = new Float64Array(edgeCount);
  for (let r = 0, k = 0; r < n; r++) {
    rowStart[r] = k;
    for (const e of problem.edges[r]!) {
      edgeCol[k] = e.col;
      edgeCost[k] = G - e.gain;
      k++;
    }
    rowStart[r + 1] = k;
  }
  const capacity = Int32Array.from(problem.capacity);
  // Slot costs flattened: column c's k-th slot is slots[slotStart[c] + k].
  const slotStart = new Int32Array(m + 1);
  for (let c = 0; c < m; c++) slotStart[c + 1] = slotStart[c]! + capacity[c]!;
  const slots = new Float64Array(slotStart[m]!);
  for (let c = 0; c < m; c++) for (let k = 0; k < capacity[c]!; k++) slots[slotStart[c]! + k] = problem.slotCosts[c]![k]!;

  const colOf = new Int32Array(n).fill(-1);
  /** Cost of the edge each matched row uses (for the backward arc column → row). */
  const usedCost = new Float64Array(n);
  const rowsOf: number[][] = Array.from({ length: m }, () => []);
  // Potentials: rows 0..n-1, columns n..n+m-1; the sink's stays 0 (settled nodes move relative to it).
  const pi = new Float64Array(n + m);
  const dist = new Float64Array(n + m).fill(Infinity);
  const pred = new Int32Array(n + m).fill(-1);
  const settled = new Uint8Array(n + m);
  const touched: number[] = [];
  const heap = new Heap();

  for (let start = 0; start < n; start++) {
    // The new row's potential: high enough that every arc out of it has a reduced cost ≥ 0.
    let p = -G; // the arc to the sink (cost G) against the sink's potential 0
    for (let k = rowStart[start]!; k < rowStart[start + 1]!; k++) p = Math.max(p, pi[n + edgeCol[k]!]! - edgeCost[k]!);
    pi[start] = p;

    heap.clear();
    touched.length = 0;
    let sinkDist = Infinity;
    let sinkPred = -1;
    dist[start] = 0;
    touched.push(start);
    heap.push(0, start);
    // Staying unmatched is the first way to the sink.
    sinkDist = G + pi[start]!;
    sinkPred = start;
    while (heap.size > 0 && heap.peekKey() < sinkDist) {
      const u = heap.pop();
      if (settled[u]) continue;
      settled[u] = 1;
      const du = dist[u]!;
      const piU = pi[u]!;
      if (u < n) {
        // A row: to its columns other than the one it holds (its arc to the sink was seen when it was reached).
        const own = colOf[u]!;
        const end = rowStart[u + 1]!;
        for (let k = rowStart[u]!; k < end; k++) {
          const c = edgeCol[k]!;
          if (c === own) continue;
          const v = n + c;
          if (settled[v]) continue;
          const d = du + edgeCost[k]! + piU - pi[v]!;
          if (d < dist[v]!) {
            if (dist[v] === Infinity) touched.push(v);
            dist[v] = d;
            pred[v] = u;
            heap.push(d, v);
            // The sink through the column's next free slot, seen as soon as the column is reached: a
            // free slot at reduced cost 0 ends the search without settling anything more.
            const held = rowsOf[c]!.length;
            if (held < capacity[c]!) {
              const toSink = d + slots[slotStart[c]! + held]! + pi[v]!;
              if (toSink < sinkDist || (toSink === sinkDist && v < sinkPred)) {
                sinkDist = toSink;
                sinkPred = v;
              }
            }
          }
        }
      } else {
        // A column: back to each row it holds (its arc to the sink was seen when it was reached).
        const c = u - n;
        const held = rowsOf[c]!;
        for (const r of held) {
          if (settled[r]) continue;
          const d = du - usedCost[r]! + piU - pi[r]!;
          if (d < dist[r]!) {
            if (dist[r] === Infinity) touched.push(r);
            dist[r] = d;
            pred[r] = u;
            heap.push(d, r);
            // The row's own way to the sink: leaving its column for unmatched.
            const toSink = d + G + pi[r]!;
            if (toSink < sinkDist || (toSink === sinkDist && r < sinkPred)) {
              sinkDist = toSink;
              sinkPred = r;
            }
          }
        }
      }
    }

    // Potentials of the settled nodes move by (d − d(sink)) ≤ 0; the rest keep theirs.
    for (const node of touched) {
      if (settled[node] && dist[node]! < sinkDist) pi[node] = pi[node]! + dist[node]! - sinkDist;
    }

    // Augment along the path start → … → sink; a path ending at a row leaves that row unmatched.
    if (sinkPred !== start) {
      let cur: number;
      if (sinkPred < n) {
        const x = sinkPred;
        cur = colOf[x]!;
        removeRow(rowsOf[cur]!, x);
        colOf[x] = -1;
      } else cur = sinkPred - n;
      for (;;) {
        const y = pred[n + cur]!;
        const old = colOf[y]!;
        let cost = 0;
        for (let k = rowStart[y]!; k < rowStart[y + 1]!; k++) {
          if (edgeCol[k] === cur) {
            cost = edgeCost[k]!;
            break;
          }
        }
        if (old >= 0) removeRow(rowsOf[old]!, y);
        rowsOf[cur]!.push(y);
        colOf[y] = cur;
        usedCost[y] = cost;
        if (y === start) break;
        cur = old;
      }
    }
    for (const node of touched) {
      dist[node] = Infinity;
      settled[node] = 0;
      pred[node] = -1;
    }
  }
  return { colOf, objective: objectiveOf(problem, colOf) };
}

function removeRow(list: number[], row: number): void {
  list.splice(list.indexOf(row), 1);
}
