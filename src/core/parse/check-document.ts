import type { Document, Node } from 'yaml';
import { yamlLib } from './yaml-lib.js';

/** How deep collections may nest: js-yaml's own limit, far beyond any programme and far below a stack overflow. */
export const maxDepth = 100;
/**
 * Alias nodes per file. Resolving an alias costs `yaml` a scan of the anchors before it, so the
 * count is bounded as well as what the aliases expand to.
 */
export const maxAliases = 10_000;
/**
 * Values a file may expand to through its aliases, beyond what it spells out: every later step
 * (schema, rules) walks the expanded value, so this bounds their work, however the aliases nest
 * (3,000 anchors each aliasing the one before twice expand to 2^3000 values).
 */
export const maxExpansion = 1_000_000;

/** The first thing in a document that mentor will not expand, with the offset of the node at fault. */
export type DocumentProblem =
  | { kind: 'too-deep'; offset: number }
  | { kind: 'circular-alias'; offset: number }
  | { kind: 'unknown-alias'; offset: number; name: string }
  | { kind: 'alias-limit'; offset: number; limit: number; what: 'aliases' | 'values' };

interface Frame {
  node: unknown;
  children: unknown[];
  next: number;
  /** Values this node stands for once aliases are expanded. */
  size: number;
  anchored: boolean;
}

/**
 * Checks a parsed document before its value is built: nesting depth, aliases that point at their
 * own ancestors (an endless value), aliases without an anchor before them, and how many values
 * the aliases add. One iterative pass in document order, so neither deep nesting nor long alias
 * chains can exhaust the stack or the clock; anchors resolve as `yaml` resolves them (the last
 * anchor of that name before the alias).
 */
export function checkDocument(doc: Document.Parsed): DocumentProblem | undefined {
  const { isAlias, isCollection, isPair, isScalar } = yamlLib();
  const anchors = new Map<string, Node>();
  const sizes = new Map<Node, number>();
  const open = new Set<unknown>();
  let aliases = 0;
  let expansion = 0;
  const offsetOf = (node: unknown, fallback: number): number => (node as { range?: [number, number, number] | null }).range?.[0] ?? fallback;

  const children = (node: unknown): unknown[] => {
    if (isCollection(node)) return node.items as unknown[];
    if (isPair(node)) return [node.key, node.value];
    return [];
  };
  const stack: Frame[] = [];
  let depth = 0;
  const enter = (node: unknown, at: number): DocumentProblem | undefined => {
    if (isCollection(node)) {
      depth++;
      if (depth > maxDepth) return { kind: 'too-deep', offset: offsetOf(node, at) };
    }
    const anchor = (isCollection(node) || isScalar(node)) && node.anchor ? node.anchor : undefined;
    if (anchor) anchors.set(anchor, node as Node);
    open.add(node);
    stack.push({ node, children: children(node), next: 0, size: isPair(node) ? 0 : 1, anchored: anchor !== undefined });
    return undefined;
  };
  const root = doc.contents;
  if (root === null) return undefined;
  if (isAlias(root)) return { kind: 'unknown-alias', offset: offsetOf(root, 0), name: root.source };
  const first = enter(root, 0);
  if (first) return first;
  let lastOffset = 0;
  while (stack.length > 0) {
    const frame = stack[stack.length - 1]!;
    if (frame.next < frame.children.length) {
      const child = frame.children[frame.next++];
      if (child === null || child === undefined || typeof child !== 'object') {
        continue;
      }
      lastOffset = offsetOf(child, lastOffset);
      if (isAlias(child)) {
        aliases++;
        const target = anchors.get(child.source);
        if (target === undefined) return { kind: 'unknown-alias', offset: lastOffset, name: child.source };
        if (open.has(target)) return { kind: 'circular-alias', offset: lastOffset };
        const size = sizes.get(target) ?? 1;
        expansion += size;
        frame.size += size;
        if (aliases > maxAliases) return { kind: 'alias-limit', offset: lastOffset, limit: maxAliases, what: 'aliases' };
        if (expansion > maxExpansion) return { kind: 'alias-limit', offset: lastOffset, limit: maxExpansion, what: 'values' };
        continue;
      }
      const problem = enter(child, lastOffset);
      if (problem) return problem;
      continue;
    }
    stack.pop();
    open.delete(frame.node);
    if (isCollection(frame.node)) depth--;
    if (frame.anchored) sizes.set(frame.node as Node, frame.size);
    const parent = stack[stack.length - 1];
    if (parent) parent.size += frame.size;
  }
  return undefined;
}

/**
 * Offsets of keys repeated within one mapping, in document order. `yaml`'s own check (uniqueKeys)
 * compares each key with every earlier key of its mapping, which is quadratic: a mapping of 30,000
 * keys took ten seconds. This keeps a set per mapping and walks the document once, without
 * recursion. Keys are the same when their scalar values are (`1` and `"1"` are not), as in yaml.
 */
export function duplicateKeys(doc: Document.Parsed): number[] {
  const { isMap, isPair, isScalar, isCollection } = yamlLib();
  const found: number[] = [];
  const stack: unknown[] = doc.contents === null ? [] : [doc.contents];
  while (stack.length > 0) {
    const node = stack.pop();
    if (isMap(node)) {
      const seen = new Set<unknown>();
      for (const pair of node.items) {
        if (!isPair(pair)) continue;
        const key = isScalar(pair.key) ? pair.key.value : pair.key;
        if (seen.has(key)) found.push((pair.key as { range?: [number, number, number] | null } | null)?.range?.[0] ?? 0);
        else seen.add(key);
      }
    }
    if (isCollection(node)) {
      for (const item of node.items) {
        if (isPair(item)) {
          stack.push(item.value);
          stack.push(item.key);
        } else stack.push(item);
      }
    }
  }
  return found.sort((a, b) => a - b);
}
