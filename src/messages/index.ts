import type { Catalogue, Locale } from './catalogue.js';
import { en } from './en.js';
import { pl } from './pl.js';

export type { Catalogue, Locale } from './catalogue.js';
export { list, locales } from './catalogue.js';

const catalogues: Record<Locale, Catalogue> = { en, pl };

export function catalogue(locale: Locale): Catalogue {
  return catalogues[locale];
}
