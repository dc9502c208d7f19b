import { html } from './page.js';

/**
 * Small inline SVG charts for mentor's HTML documents. Each returns a complete `<svg>` with a
 * `viewBox` (it scales to the page and to A4), a `<title>` and `<desc>` for screen readers, and
 * no script. Values outside the domain are clamped; nothing here measures text, so labels get
 * a fixed column.
 */

export interface Series {
  label: string;
  /** One value per x label; null leaves a gap. */
  values: readonly (number | null)[];
  colour: string;
  dashed?: boolean;
}

const r = (x: number): string => (Math.round(x * 10) / 10).toString();

// Labels sit in a fixed 230-unit column; about 34 characters of 11px text fit it.
const shorten = (label: string, max = 34): string => (label.length > max ? `${label.slice(0, max - 1).trimEnd()}…` : label);
const clamp = (x: number, lo: number, hi: number): number => Math.min(hi, Math.max(lo, x));

function frame(width: number, height: number, title: string, desc: string, body: string[]): string {
  return [`<svg class="chart" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img">`, `<title>${html(title)}</title>`, `<desc>${html(desc)}</desc>`, ...body, '</svg>'].join('\n');
}

/** A line chart of shares (0–1) over categories such as months; y gridlines at 0, 25, 50, 75 and 100%. */
export function lineChart(options: { title: string; desc: string; xLabels: readonly string[]; series: readonly Series[]; yLabel: (share: number) => string; width?: number; height?: number }): string {
  const width = options.width ?? 680;
  const height = options.height ?? 240;
  const left = 48;
  const right = 30;
  const top = 10;
  const bottom = 28;
  const n = options.xLabels.length;
  const x = (i: number): number => (n <= 1 ? left + (width - left - right) / 2 : left + (i * (width - left - right)) / (n - 1));
  const y = (v: number): number => top + (1 - clamp(v, 0, 1)) * (height - top - bottom);
  const body: string[] = [];
  for (const tick of [0, 0.25, 0.5, 0.75, 1]) {
    body.push(`<line class="axis" x1="${left}" x2="${width - right}" y1="${r(y(tick))}" y2="${r(y(tick))}"/>`);
    body.push(`<text class="label" x="${left - 6}" y="${r(y(tick) + 4)}" text-anchor="end">${html(options.yLabel(tick))}</text>`);
  }
  const every = Math.max(1, Math.ceil(n / 12));
  options.xLabels.forEach((label, i) => {
    if (i % every === 0 || i === n - 1) body.push(`<text class="label" x="${r(x(i))}" y="${height - 8}" text-anchor="middle">${html(label)}</text>`);
  });
  for (const s of options.series) {
    const segments: string[][] = [[]];
    s.values.forEach((v, i) => {
      if (v === null) segments.push([]);
      else segments[segments.length - 1]!.push(`${r(x(i))},${r(y(v))}`);
    });
    for (const points of segments.filter((p) => p.length > 0)) {
      if (points.length > 1) body.push(`<polyline fill="none" stroke="${s.colour}" stroke-width="2.2"${s.dashed ? ' stroke-dasharray="5 4"' : ''} points="${points.join(' ')}"/>`);
      for (const p of points) {
        const [cx, cy] = p.split(',');
        body.push(`<circle cx="${cx}" cy="${cy}" r="3" fill="${s.colour}"><title>${html(s.label)}</title></circle>`);
      }
    }
  }
  return frame(width, height, options.title, options.desc, body);
}

export interface RangeRow {
  label: string;
  baseline: number;
  current: number;
  target: number;
}

/**
 * Per row: a bar from `baseline` to `current` on a level scale, a hollow dot at the baseline, a
 * filled dot at the current level and a tick at the target (a dumbbell chart).
 */
export function rangeChart(options: { title: string; desc: string; rows: readonly RangeRow[]; min: number; max: number; colours: { bar: string; target: string }; format: (x: number) => string; width?: number }): string {
  const width = options.width ?? 680;
  const labelWidth = 230;
  const rowHeight = 30;
  const top = 8;
  const height = top + options.rows.length * rowHeight + 26;
  const span = Math.max(1, options.max - options.min);
  const x = (v: number): number => labelWidth + ((clamp(v, options.min, options.max) - options.min) / span) * (width - labelWidth - 24);
  const body: string[] = [];
  for (let level = Math.ceil(options.min); level <= options.max; level++) {
    body.push(`<line class="axis" x1="${r(x(level))}" x2="${r(x(level))}" y1="${top}" y2="${height - 22}"/>`);
    body.push(`<text class="label" x="${r(x(level))}" y="${height - 8}" text-anchor="middle">${level}</text>`);
  }
  options.rows.forEach((row, i) => {
    const cy = top + i * rowHeight + rowHeight / 2;
    body.push(`<text x="${labelWidth - 10}" y="${r(cy + 4)}" text-anchor="end">${html(shorten(row.label))}<title>${html(row.label)}</title></text>`);
    const x0 = x(Math.min(row.baseline, row.current));
    const x1 = x(Math.max(row.baseline, row.current));
    body.push(`<rect x="${r(x0)}" y="${r(cy - 5)}" width="${r(Math.max(1, x1 - x0))}" height="10" rx="3" fill="${options.colours.bar}" opacity="0.35"/>`);
    body.push(`<line x1="${r(x(row.target))}" x2="${r(x(row.target))}" y1="${r(cy - 10)}" y2="${r(cy + 10)}" stroke="${options.colours.target}" stroke-width="3"><title>${html(options.format(row.target))}</title></line>`);
    body.push(`<circle cx="${r(x(row.baseline))}" cy="${r(cy)}" r="5" fill="#fff" stroke="${options.colours.bar}" stroke-width="2"><title>${html(options.format(row.baseline))}</title></circle>`);
    body.push(`<circle cx="${r(x(row.current))}" cy="${r(cy)}" r="5.5" fill="${options.colours.bar}"><title>${html(options.format(row.current))}</title></circle>`);
  });
  return frame(width, height, options.title, options.desc, body);
}

export interface BulletRow {
  label: string;
  value: number | null;
  target: number | null;
  /** Text after the bar, e.g. "81,9% / ≥ 90%". */
  text: string;
  colour: string;
}

/**
 * Per row: a bar for the value and a tick for the target on the row's own scale (from the lower of
 * 0 and the values to a little above the higher), so KPIs of different units share one chart.
 */
export function bulletChart(options: { title: string; desc: string; rows: readonly BulletRow[]; width?: number }): string {
  const width = options.width ?? 760;
  const labelWidth = 230;
  const textWidth = 250;
  const rowHeight = 28;
  const height = options.rows.length * rowHeight + 8;
  const barLeft = labelWidth;
  const barWidth = width - labelWidth - textWidth;
  const body: string[] = [];
  options.rows.forEach((row, i) => {
    const cy = 4 + i * rowHeight + rowHeight / 2;
    body.push(`<text x="${labelWidth - 10}" y="${r(cy + 4)}" text-anchor="end">${html(shorten(row.label))}<title>${html(row.label)}</title></text>`);
    body.push(`<rect x="${barLeft}" y="${r(cy - 7)}" width="${barWidth}" height="14" fill="#eef1f4" rx="2"/>`);
    const values = [0, row.value ?? 0, row.target ?? 0];
    const lo = Math.min(...values);
    const hi = Math.max(...values) * 1.15 || 1;
    const x = (v: number): number => barLeft + ((v - lo) / (hi - lo || 1)) * barWidth;
    if (row.value !== null) {
      const x0 = x(Math.min(0, row.value));
      const x1 = x(Math.max(0, row.value));
      body.push(`<rect x="${r(x0)}" y="${r(cy - 7)}" width="${r(Math.max(1, x1 - x0))}" height="14" fill="${row.colour}" rx="2"/>`);
    }
    if (row.target !== null) body.push(`<line x1="${r(x(row.target))}" x2="${r(x(row.target))}" y1="${r(cy - 11)}" y2="${r(cy + 11)}" stroke="#1f2933" stroke-width="2.5"/>`);
    body.push(`<text x="${barLeft + barWidth + 8}" y="${r(cy + 4)}">${html(row.text)}</text>`);
  });
  return frame(width, height, options.title, options.desc, body);
}

export interface StackRow {
  label: string;
  /** Shares 0–1 in the order of `parts`. */
  shares: readonly number[];
}

/** Horizontal 100% stacked bars, one per row (e.g. the planned and the actual learning mix). */
export function stackedBars(options: { title: string; desc: string; rows: readonly StackRow[]; parts: readonly { label: string; colour: string }[]; format: (share: number) => string; width?: number }): string {
  const width = options.width ?? 680;
  const labelWidth = 120;
  const rowHeight = 30;
  const height = options.rows.length * rowHeight + 8;
  const barWidth = width - labelWidth - 10;
  const body: string[] = [];
  options.rows.forEach((row, i) => {
    const cy = 4 + i * rowHeight + rowHeight / 2;
    body.push(`<text x="${labelWidth - 10}" y="${r(cy + 4)}" text-anchor="end">${html(row.label)}</text>`);
    let x = labelWidth;
    row.shares.forEach((share, j) => {
      const w = clamp(share, 0, 1) * barWidth;
      const part = options.parts[j]!;
      body.push(`<rect x="${r(x)}" y="${r(cy - 9)}" width="${r(w)}" height="18" fill="${part.colour}"><title>${html(`${part.label}: ${options.format(share)}`)}</title></rect>`);
      if (w > 44) body.push(`<text x="${r(x + w / 2)}" y="${r(cy + 4)}" text-anchor="middle" style="fill:#fff">${html(options.format(share))}</text>`);
      x += w;
    });
  });
  return frame(width, height, options.title, options.desc, body);
}

/** A legend under a chart: coloured swatches with labels (HTML, so it wraps). */
export function legend(items: readonly { label: string; colour: string; hollow?: boolean }[]): string {
  return `<div class="legend">${items.map((i) => `<span${i.hollow ? ' class="hollow"' : ''} style="--swatch:${i.colour}">${html(i.label)}</span>`).join('')}</div>`;
}
