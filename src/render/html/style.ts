/**
 * The shared look of mentor's HTML documents: system fonts, quiet tables, status colours that
 * also print (and never carry meaning alone: every status is written out), and A4 print rules.
 */
export const baseCss = `
:root { --ink: #1f2933; --muted: #6b7785; --line: #d9dee4; --soft: #f4f6f8; --good: #1a7f37; --warn: #9a6700; --bad: #c62828; --accent: #2f5fa7; --accent2: #7a4fb0; --accent3: #c76b1c; }
* { box-sizing: border-box; }
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { margin: 0 auto; max-width: 60rem; padding: 1.5rem; color: var(--ink); font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
h1 { font-size: 1.5rem; margin: 0 0 .25rem; }
h2 { font-size: 1.15rem; margin: 2rem 0 .5rem; padding-bottom: .2rem; border-bottom: 2px solid var(--line); break-after: avoid; }
h3 { font-size: 1rem; margin: 1.25rem 0 .4rem; break-after: avoid; }
p { margin: .4rem 0; }
.subtitle, .caption, footer { color: var(--muted); }
.health { margin: 1rem 0; padding: .6rem .8rem; background: var(--soft); border-left: 4px solid var(--accent); }
.notes { margin: 1rem 0; padding: .5rem .8rem .5rem 2rem; background: #fff8e6; border-left: 4px solid var(--warn); }
.notes li { margin: .15rem 0; }
table { width: 100%; border-collapse: collapse; margin: .4rem 0 1rem; font-size: .9em; }
thead { display: table-header-group; }
th, td { padding: .3rem .45rem; border-bottom: 1px solid var(--line); text-align: left; vertical-align: top; }
th { background: var(--soft); font-weight: 600; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
tr { break-inside: avoid; }
.good { color: var(--good); font-weight: 600; }
.warn { color: var(--warn); font-weight: 600; }
.bad { color: var(--bad); font-weight: 600; }
.muted { color: var(--muted); }
figure { margin: .75rem 0 1.25rem; break-inside: avoid; }
figcaption { font-weight: 600; margin-bottom: .3rem; }
svg.chart { display: block; width: 100%; height: auto; }
svg.chart text { font: 11px system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; fill: var(--ink); }
svg.chart .axis { stroke: var(--line); }
svg.chart .label { fill: var(--muted); }
.legend { display: flex; flex-wrap: wrap; gap: .25rem 1rem; font-size: .85em; color: var(--muted); margin-top: .25rem; }
.legend span::before { content: ""; display: inline-block; width: .8em; height: .8em; margin-right: .3em; vertical-align: -.05em; background: var(--swatch); border-radius: 2px; }
.legend span.hollow::before { background: #fff; border: 2px solid var(--swatch); border-radius: 50%; width: .55em; height: .55em; }
footer { margin-top: 2rem; font-size: .85em; border-top: 1px solid var(--line); padding-top: .5rem; }
@page { size: A4; margin: 14mm 12mm; }
@media print {
  body { max-width: none; padding: 0; font-size: 9.5pt; }
  h2 { margin-top: 1.2rem; }
  section { break-inside: auto; }
  .health, .notes { break-inside: avoid; }
}
`;
