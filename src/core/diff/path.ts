/**
 * The path notation the diff prints and calibration decisions name (`changes:`):
 * `process.cadence`, `competencies[id=propozycja-wartosci]`, `kpis[id=nps-uczestnikow].target`,
 * `scales[id=skala-kam].levels[level=3].descriptor`, `mentees[id=e-anowak].competencies[competency=negocjacje].target`.
 * It is the notation diagnostics use, so a path from `mentor validate` reads the same here.
 */

/** A list item named by its identity key (`[id=x]`) or, where it has none, by its 0-based index (`[3]`). */
export type PathSegment = string | { key: string; value: string } | number;

const plainKey = /^[A-Za-z_$][A-Za-z0-9_$-]*$/;

/** Writes segments in the notation: keys joined by `.`, items as `[key=value]` or `[index]`. */
export function formatPath(segments: readonly PathSegment[]): string {
  let out = '';
  for (const segment of segments) out += formatSegment(segment, out === '');
  return out;
}

/** One segment as it follows a path (`first` = nothing before it, so no leading dot). */
export function formatSegment(segment: PathSegment, first: boolean): string {
  if (typeof segment === 'number') return `[${segment}]`;
  if (typeof segment === 'string') return first ? segment : `.${segment}`;
  return `[${segment.key}=${segment.value}]`;
}

/** Why a path does not parse, with the offset (0-based, in the text) where it went wrong. */
export interface PathSyntaxError {
  offset: number;
  expected: 'key' | 'selector' | 'end';
}

/**
 * Reads a path in the notation. Keys are names (`cadence`, `everyWeeks`, or a map key such as a
 * competency id under a mentor's `levels`); `[key=value]` selects a list item by identity and
 * `[n]` by position. Returns the segments, or where and what it expected.
 */
export function parsePath(text: string): PathSegment[] | PathSyntaxError {
  const segments: PathSegment[] = [];
  let i = 0;
  const keyAt = (start: number): number => {
    let end = start;
    while (end < text.length && !'.[]='.includes(text[end]!) && !/\s/.test(text[end]!)) end++;
    return end;
  };
  if (text.length === 0) return { offset: 0, expected: 'key' };
  while (i < text.length) {
    const c = text[i]!;
    if (c === '[') {
      const close = text.indexOf(']', i);
      if (close === -1) return { offset: i, expected: 'selector' };
      const inner = text.slice(i + 1, close);
      const eq = inner.indexOf('=');
      if (/^\d+$/.test(inner)) segments.push(Number(inner));
      else if (eq > 0 && eq < inner.length - 1 && plainKey.test(inner.slice(0, eq))) segments.push({ key: inner.slice(0, eq), value: inner.slice(eq + 1) });
      else return { offset: i, expected: 'selector' };
      i = close + 1;
      continue;
    }
    if (c === '.') {
      if (segments.length === 0) return { offset: i, expected: 'key' };
      i++;
    } else if (segments.length > 0) {
      return { offset: i, expected: 'end' };
    }
    const end = keyAt(i);
    if (end === i) return { offset: i, expected: 'key' };
    segments.push(text.slice(i, end));
    i = end;
  }
  return segments;
}

export function isPathSyntaxError(value: PathSegment[] | PathSyntaxError): value is PathSyntaxError {
  return !Array.isArray(value);
}

/** Every prefix of a path, shortest first, as printed: `a`, `a.b`, `a.b[id=c]`. */
export function pathPrefixes(segments: readonly PathSegment[]): string[] {
  const out: string[] = [];
  let text = '';
  for (const segment of segments) {
    text += formatSegment(segment, text === '');
    out.push(text);
  }
  return out;
}
