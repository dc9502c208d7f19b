/**
 * The number someone most likely meant by text written where a number belongs: a decimal comma
 * (`1,5`, as Polish writes it), a quoted number (`"60"`), or a duration with its unit in a
 * `minutes` or `hours` field (`1h`, `1,5 godz.`, `90 min`), a KPI value with its unit (`11.5 days`, `12%`), or a
 * level with its scale or label beside it (`3/5`, `3 (Competent)`, `poziom 3`). Undefined when there is no one reading,
 * or when it would not be a whole number where one is required.
 */
export function numberMeant(text: string, key: string, whole: boolean): number | undefined {
  if (levelKeys.has(key)) {
    const level = levelPattern.exec(text);
    if (level) return Number(level[1]);
  }
  const m = /^\s*(\d+(?:[.,]\d+)?)\s*([a-ząćęłńóśźż.]*|%)\s*$/i.exec(text);
  if (!m) return undefined;
  const amount = Number(m[1]!.replace(',', '.'));
  const unit = m[2]!.toLowerCase().replace(/\.$/, '');
  // A KPI value measured outside is in the KPI's own `unit` (days, people, PLN), written beside it by habit.
  const perUnit = unit === '' || (key === 'value' && /^([a-ząćęłńóśźż]+|%)$/.test(unit)) ? 1 : durationIn(key, unit);
  if (perUnit === undefined) return undefined;
  const value = Math.round(amount * perUnit * 1000) / 1000;
  return whole && !Number.isInteger(value) ? undefined : value;
}

const levelKeys = new Set(['level', 'baseline', 'target']);
// The level first, then what a spreadsheet or a form writes beside it: out of how many, or its label.
const levelPattern = /^\s*(?:(?:level|poziom)\s*)?(\d+)\s*(?:\/\s*\d+\s*|[(\-–:]\s*[^\d\s].*)?$/i;

const hourUnits = new Set(['h', 'hr', 'hrs', 'hour', 'hours', 'godz', 'godzina', 'godziny', 'godzin']);
const minuteUnits = new Set(['m', 'min', 'mins', 'minute', 'minutes', 'minuta', 'minuty', 'minut']);

/** How many of the field's own unit one `unit` is: 60 minutes in an hour, 1/60 hour in a minute. */
function durationIn(key: string, unit: string): number | undefined {
  const hours = hourUnits.has(unit);
  const minutes = minuteUnits.has(unit);
  if (key === 'minutes') return hours ? 60 : minutes ? 1 : undefined;
  if (key === 'hours') return hours ? 1 : minutes ? 1 / 60 : undefined;
  return undefined;
}
