import type { FieldSpec } from '../../core/add/fields.js';
import type { AddKind } from '../../core/add/kinds.js';

const record = (v: unknown): Record<string, unknown> => (typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : {});
const list = (v: unknown): Record<string, unknown>[] => (Array.isArray(v) ? v.map(record) : []);
const firstId = (v: unknown): string | undefined => list(v).map((x) => x['id']).find((id): id is string => typeof id === 'string');

/** The lowest and highest level of the scale a competency is rated on (1 and 5 when the programme does not say). */
function levelsOf(programme: Record<string, unknown>, competency: string | undefined): { low: number; high: number } {
  const scaleId = list(programme['competencies']).find((c) => c['id'] === competency)?.['scale'];
  const levels = list(list(programme['scales']).find((s) => s['id'] === scaleId)?.['levels'])
    .map((l) => l['level'])
    .filter((l): l is number => typeof l === 'number');
  return levels.length > 0 ? { low: Math.min(...levels), high: Math.max(...levels) } : { low: 1, high: 5 };
}

/**
 * A complete `mentor add` command line for what a user left out, with this programme's own ids
 * (its first competency and KPI, levels on that competency's scale) where it has them, so it can be
 * run as shown once the people's ids are filled in.
 */
export function exampleCommand(kind: AddKind, fields: readonly FieldSpec[], texts: Record<string, string>, programme: Record<string, unknown>, today: string): string {
  const competency = firstId(programme['competencies']) ?? 'negotiation';
  const { low, high } = levelsOf(programme, competency);
  const below = Math.min(low + 1, high);
  const samples: Record<string, string> = {
    pair: 'pair-01',
    date: today,
    minutes: '60',
    mentee: 'mentee-01',
    competency,
    level: String(below),
    assessor: 'mentor',
    type: 'experience',
    hours: '4',
    survey: 'mid-point',
    respondent: 'mentee-01',
    kpi: firstId(programme['kpis']) ?? 'retention',
    value: '93.5',
    name: '"Ann Smith"',
    mentor: 'mentor-01',
    capacity: '2',
    levels: `${competency}:${high}`,
    competencies: kind === 'mentee' ? `${competency}:${below}:${high}` : competency,
    start: today,
  };
  const quote = (v: string): string => (/^[\w.:,@/-]+$/.test(v) ? v : JSON.stringify(v));
  const parts = fields.filter((f) => f.required && f.key !== 'id').map((f) => `--${f.flag} ${texts[f.key] ? quote(texts[f.key]!) : (samples[f.key] ?? f.key.toUpperCase())}`);
  return `mentor add ${kind} ${parts.join(' ')}`;
}
