// Mutations for `npm run fuzz`: fast-check arbitraries that describe how to break one example file
// (as plain data, so a failing input can be saved and replayed), and `applyMutation`, which turns a
// description into the broken file. Structural mutations edit the parsed YAML (a node deleted,
// duplicated, retyped, nested 3,000 deep, turned into an alias bomb…), textual ones edit lines and
// tokens, byte-level ones break the encoding, and file-system ones replace the file itself (a link
// out of the folder, a FIFO, a folder, a sparse 17 MiB file).
import fc from 'fast-check';
import { parseDocument, isMap, isSeq, isScalar, isPair, visit, Scalar, YAMLMap, YAMLSeq } from 'yaml';

/** Values a YAML scalar can be turned into: the edges of every type, and hostile text. */
const weirdScalars = [
  '', '~', 'null', 'true', 'no', '0', '-0', '007', '0b101', '0o17', '0x1F', '1e400', '-1e400', '.nan', '.inf', '1_000', '9007199254740993',
  '2026-02-30', '2026-13-01', '20260101', '2026-01-01T10:00:00Z', '!!float 3', '!!int 3.5', '!!binary aGk=', '!foo bar', '&a x', '*a', '*nowhere',
  '"\\u001b[31mred"', '"a\\nb"', '"\\x00"', "'single'", '|\n  block', '>-\n  folded', '[]', '{}', '[1, 2', '{a: 1', '- x', ': y', '? z', '#', '@x', '`x`',
  '<<: *a', 'Zażółć gęślą jaźń', '𝓤𝓷𝓲𝓬𝓸𝓭𝓮', '\u202eevil', 'a'.repeat(70), 'x'.repeat(100_000), '../../etc/passwd', '/etc/passwd', 'C:\\x',
];

/** Tokens inserted into the text at random places. */
const tokens = ['&a ', '*a', '&x', '*x ', '!!str ', '!!float ', '!x ', '[', ']', '{', '}', '- ', ': ', '#', '\t', '"', "'", '|', '>', '---\n', '...\n', '%YAML 1.2\n', '? ', ',', '\n', ' ', '  ', '@', '`', '<<: *a\n', '\\', '\u00a0', '\ufeff', '\r'];

const pos = fc.nat({ max: 1_000_000 });

const structural = fc.oneof(
  fc.record({ kind: fc.constant('delete'), at: pos }),
  fc.record({ kind: fc.constant('duplicate'), at: pos }),
  fc.record({ kind: fc.constant('setScalar'), at: pos, value: fc.constantFrom(...weirdScalars) }),
  fc.record({ kind: fc.constant('retype'), at: pos }),
  fc.record({ kind: fc.constant('nest'), at: pos, depth: fc.oneof({ weight: 4, arbitrary: fc.integer({ min: 1, max: 120 }) }, { weight: 1, arbitrary: fc.integer({ min: 120, max: 3000 }) }), flow: fc.boolean() }),
  fc.record({ kind: fc.constant('alias'), at: pos, at2: pos, style: fc.constantFrom('share', 'bomb', 'circular', 'chain') }),
  fc.record({ kind: fc.constant('wrap'), at: pos, into: fc.constantFrom('seq', 'map') }),
  fc.record({ kind: fc.constant('renameKey'), at: pos, name: fc.oneof(fc.constantFrom('nmae', 'id', 'kind', '__proto__', 'constructor', 'apiVersion', '', 'x'.repeat(5000)), fc.string({ maxLength: 12 })) }),
  fc.record({ kind: fc.constant('manyItems'), at: pos, count: fc.oneof({ weight: 9, arbitrary: fc.integer({ min: 2, max: 200 }) }, { weight: 1, arbitrary: fc.integer({ min: 1000, max: 50_000 }) }) }),
  fc.record({ kind: fc.constant('swap'), at: pos, at2: pos }),
);

const textual = fc.oneof(
  fc.record({ kind: fc.constant('deleteLine'), at: pos }),
  fc.record({ kind: fc.constant('duplicateLine'), at: pos, times: fc.oneof({ weight: 9, arbitrary: fc.integer({ min: 1, max: 20 }) }, { weight: 1, arbitrary: fc.integer({ min: 20, max: 5000 }) }) }),
  fc.record({ kind: fc.constant('swapLines'), at: pos, at2: pos }),
  fc.record({ kind: fc.constant('insertToken'), at: pos, token: fc.constantFrom(...tokens) }),
  fc.record({ kind: fc.constant('insertText'), at: pos, text: fc.string({ maxLength: 20 }) }),
  fc.record({ kind: fc.constant('indent'), at: pos, by: fc.integer({ min: -8, max: 8 }) }),
  fc.record({ kind: fc.constant('deleteRange'), at: pos, length: fc.integer({ min: 1, max: 200 }) }),
);

const byteLevel = fc.oneof(
  fc.record({ kind: fc.constant('flipByte'), at: pos, byte: fc.integer({ min: 0, max: 255 }) }),
  fc.record({ kind: fc.constant('insertBytes'), at: pos, bytes: fc.constantFrom([0], [0xff], [0xc0, 0x80], [0xe2, 0x80], [0xed, 0xa0, 0x80], [0xef, 0xbb, 0xbf], [0x1b, 0x5b, 0x32, 0x4a], [0x0d], [0xf4, 0x90, 0x80, 0x80]) }),
  fc.record({ kind: fc.constant('truncate'), at: pos }),
  fc.record({ kind: fc.constant('crlf') }),
  fc.record({ kind: fc.constant('loneCr') }),
);

/** Replacements of the file itself; the first one names a file outside the folder whose text must never be printed. */
const fileSystem = fc.record({ kind: fc.constant('replaceFile'), with: fc.constantFrom('link-out', 'link-out-folder', 'fifo', 'folder', 'sparse-huge', 'empty', 'dangling', 'loop') });

/** One input of the campaign: which example file, and what to do to it. */
export function mutationArbitrary(fileCount) {
  return fc.record({
    file: fc.nat({ max: fileCount - 1 }),
    ops: fc.oneof(
      { weight: 20, arbitrary: fc.array(fc.oneof({ weight: 4, arbitrary: structural }, { weight: 4, arbitrary: textual }, { weight: 2, arbitrary: byteLevel }), { minLength: 1, maxLength: 3 }) },
      { weight: 1, arbitrary: fileSystem.map((op) => [op]) },
    ),
  });
}

/** Every node of a document with a path to it (pairs included), in document order. */
function nodesOf(doc) {
  const found = [];
  visit(doc, {
    Pair: (_key, pair, path) => void found.push({ node: pair, parent: path[path.length - 1] }),
    Node: (_key, node, path) => void found.push({ node, parent: path[path.length - 1] }),
  });
  return found;
}

function replaceIn(parent, node, replacement) {
  if (isPair(parent)) {
    if (parent.value === node) parent.value = replacement;
    else if (parent.key === node) parent.key = replacement;
  } else if (parent && Array.isArray(parent.items)) {
    const i = parent.items.indexOf(node);
    if (i !== -1) parent.items[i] = replacement;
  }
}

function nested(depth, flow, leaf) {
  let node = new Scalar(leaf);
  for (let i = 0; i < depth; i++) {
    const wrapper = i % 2 === 0 ? new YAMLSeq() : new YAMLMap();
    if (wrapper instanceof YAMLSeq) wrapper.items.push(node);
    else wrapper.set('n', node);
    wrapper.flow = flow;
    node = wrapper;
  }
  return node;
}

/**
 * Applies one structural operation to YAML text; undefined when the text does not parse any more,
 * or when yaml cannot write the edited document (an alias left without its anchor by a deletion).
 */
function structuralOp(text, op) {
  try {
    return structuralOpOrThrow(text, op);
  } catch {
    return undefined;
  }
}

function structuralOpOrThrow(text, op) {
  const doc = parseDocument(text, { uniqueKeys: false });
  if (doc.errors.length > 0 || doc.contents === null) return undefined;
  const nodes = nodesOf(doc);
  if (nodes.length === 0) return undefined;
  const { node, parent } = nodes[op.at % nodes.length];
  const other = nodes[(op.at2 ?? 0) % nodes.length];
  switch (op.kind) {
    case 'delete':
      if (parent && Array.isArray(parent.items)) parent.items.splice(parent.items.indexOf(node), 1);
      else replaceIn(parent, node, null);
      break;
    case 'duplicate':
      if (parent && Array.isArray(parent.items)) parent.items.splice(parent.items.indexOf(node), 0, node.clone ? node.clone(doc.schema) : node);
      break;
    case 'setScalar': {
      // Written raw, so `!!float 3` stays a tag and `[1, 2` stays broken.
      const marker = `__FUZZ_${op.at}__`;
      if (isPair(node)) node.value = new Scalar(marker);
      else replaceIn(parent, node, new Scalar(marker));
      return doc.toString({ lineWidth: 0 }).replace(new RegExp(`['"]?${marker}['"]?`), () => op.value);
    }
    case 'retype':
      if (isScalar(node)) {
        const v = node.value;
        node.value = typeof v === 'number' ? String(v) : typeof v === 'string' && /^\d+$/.test(v) ? Number(v) : typeof v === 'boolean' ? null : v === null ? 0 : true;
      } else if (isPair(node)) node.value = new Scalar(123);
      else replaceIn(parent, node, new Scalar('text'));
      break;
    case 'nest': {
      if (op.depth <= 120) {
        replaceIn(isPair(node) ? node : parent, isPair(node) ? node.value : node, nested(op.depth, op.flow, 'x'));
        break;
      }
      // Deeper than the generator itself can write (yaml's stringify recurses): spliced in as flow text.
      const marker = `__FUZZ_${op.at}__`;
      replaceIn(isPair(node) ? node : parent, isPair(node) ? node.value : node, new Scalar(marker));
      const deep = op.flow ? `${'['.repeat(op.depth)}x${']'.repeat(op.depth)}` : `${'{n: '.repeat(op.depth)}x${'}'.repeat(op.depth)}`;
      return doc.toString({ lineWidth: 0 }).replace(new RegExp(`['"]?${marker}['"]?`), () => deep);
    }
    case 'alias': {
      const target = isPair(other.node) ? other.node.value : other.node;
      if (!target || typeof target !== 'object' || !('anchor' in target || isScalar(target) || isMap(target) || isSeq(target))) break;
      target.anchor = 'fz';
      const alias = doc.createAlias(target, 'fz');
      if (op.style === 'share') replaceIn(isPair(node) ? node : parent, isPair(node) ? node.value : node, alias);
      else if (op.style === 'circular' && (isMap(target) || isSeq(target))) {
        if (isSeq(target)) target.items.push(alias);
        else target.set('loop', alias);
      } else if (op.style === 'bomb' || op.style === 'chain') {
        // A billion laughs (ten aliases a level) or a long chain (two a level), under a new key.
        const levels = op.style === 'bomb' ? 9 : 40;
        const width = op.style === 'bomb' ? 10 : 2;
        let previous = new YAMLSeq();
        previous.items.push(new Scalar('lol'));
        previous.anchor = 'l0';
        const holder = new YAMLMap();
        holder.set('l0', previous);
        for (let i = 1; i <= levels; i++) {
          const seq = new YAMLSeq();
          for (let j = 0; j < width; j++) seq.items.push(doc.createAlias(previous, `l${i - 1}`));
          seq.anchor = `l${i}`;
          holder.set(`l${i}`, seq);
          previous = seq;
        }
        if (isMap(doc.contents)) doc.contents.set('x-fuzz', holder);
      }
      break;
    }
    case 'wrap': {
      const inner = isPair(node) ? node.value : node;
      const wrapper = op.into === 'seq' ? new YAMLSeq() : new YAMLMap();
      if (wrapper instanceof YAMLSeq) wrapper.items.push(inner);
      else wrapper.set('wrapped', inner);
      replaceIn(isPair(node) ? node : parent, inner, wrapper);
      break;
    }
    case 'renameKey':
      if (isPair(node)) node.key = new Scalar(op.name);
      break;
    case 'manyItems':
      if (isSeq(node) && node.items.length > 0) {
        const item = node.items[0];
        for (let i = 0; i < op.count; i++) node.items.push(item);
      } else if (isMap(doc.contents)) {
        const seq = new YAMLSeq();
        for (let i = 0; i < op.count; i++) seq.items.push(new YAMLMap());
        doc.contents.set('mentees', seq);
      }
      break;
    case 'swap':
      if (parent && other.parent === parent && Array.isArray(parent.items)) {
        const a = parent.items.indexOf(node);
        const b = parent.items.indexOf(other.node);
        if (a !== -1 && b !== -1) [parent.items[a], parent.items[b]] = [parent.items[b], parent.items[a]];
      }
      break;
  }
  return doc.toString({ lineWidth: 0 });
}

function textualOp(text, op) {
  const lines = text.split('\n');
  const line = op.at % Math.max(1, lines.length);
  switch (op.kind) {
    case 'deleteLine':
      lines.splice(line, 1);
      return lines.join('\n');
    case 'duplicateLine':
      lines.splice(line, 0, ...Array(op.times).fill(lines[line] ?? ''));
      return lines.join('\n');
    case 'swapLines': {
      const other = op.at2 % Math.max(1, lines.length);
      [lines[line], lines[other]] = [lines[other], lines[line]];
      return lines.join('\n');
    }
    case 'insertToken':
    case 'insertText': {
      const at = op.at % (text.length + 1);
      return text.slice(0, at) + (op.token ?? op.text) + text.slice(at);
    }
    case 'indent':
      lines[line] = op.by >= 0 ? ' '.repeat(op.by) + lines[line] : lines[line].replace(new RegExp(`^ {0,${-op.by}}`), '');
      return lines.join('\n');
    case 'deleteRange': {
      const at = op.at % (text.length + 1);
      return text.slice(0, at) + text.slice(at + op.length);
    }
  }
  return text;
}

function byteOp(bytes, op) {
  const at = bytes.length === 0 ? 0 : op.at % bytes.length;
  switch (op.kind) {
    case 'flipByte': {
      const out = Buffer.from(bytes);
      if (out.length > 0) out[at] = op.byte;
      return out;
    }
    case 'insertBytes':
      return Buffer.concat([bytes.subarray(0, at), Buffer.from(op.bytes), bytes.subarray(at)]);
    case 'truncate':
      return bytes.subarray(0, at);
    case 'crlf':
      return Buffer.from(bytes.toString('latin1').replace(/\n/g, '\r\n'), 'latin1');
    case 'loneCr':
      return Buffer.from(bytes.toString('latin1').replace(/\n/g, '\r'), 'latin1');
  }
  return bytes;
}

/**
 * The bytes of a mutated file, or a file-system replacement for it. Operations apply in order; a
 * structural one on text that no longer parses falls back to inserting a token at its position.
 */
export function applyMutation(original, ops) {
  let bytes = Buffer.from(original);
  for (const op of ops) {
    if (op.kind === 'replaceFile') return { replace: op.with };
    if (['flipByte', 'insertBytes', 'truncate', 'crlf', 'loneCr'].includes(op.kind)) {
      bytes = byteOp(bytes, op);
      continue;
    }
    const text = bytes.toString('utf8');
    const structuralKinds = ['delete', 'duplicate', 'setScalar', 'retype', 'nest', 'alias', 'wrap', 'renameKey', 'manyItems', 'swap'];
    const next = structuralKinds.includes(op.kind) ? (structuralOp(text, op) ?? textualOp(text, { kind: 'insertToken', at: op.at, token: '[' })) : textualOp(text, op);
    bytes = Buffer.from(next, 'utf8');
  }
  return { bytes };
}
