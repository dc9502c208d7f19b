import type { DoctorText } from './doctor-text.js';
import { plural } from './plural-pl.js';

export const doctorPl: DoctorText = {
  title: 'Czego mentor używa tutaj:',
  version: (v) => `mentor        ${v}`,
  node: (v, ok, engines) => `Node.js       ${v}${ok ? '' : ` – mentor wymaga ${engines}; zaktualizuj Node`}`,
  locale: (locale, source, variable, value) =>
    `język         ${locale}: ${
      source === 'flag'
        ? 'z --locale'
        : source === 'env'
          ? `z ${variable}=${value}`
          : 'angielski, bo nic nie wskazuje języka (--locale, MENTOR_LOCALE, LC_ALL, LC_MESSAGES i LANG są puste, C albo POSIX); komunikaty o programie idą wtedy za jego metadata.locale'
    }`,
  config: (shown, from, looked) =>
    from === 'disabled'
      ? 'konfiguracja  brak (--no-config)'
      : from === 'none'
        ? `konfiguracja  brak: nie ma ${(looked ?? []).join(', ')} w tym folderze ani wyżej`
        : `konfiguracja  ${shown} (${from === 'flag' ? 'z --config' : 'najbliższa w górę drzewa folderów'})`,
  configSettings: (rules, overrides) => `              ${rules} ${plural(rules, 'ustawienie reguły', 'ustawienia reguł', 'ustawień reguł')}, ${overrides} ${plural(overrides, 'nadpisanie', 'nadpisania', 'nadpisań')}`,
  configBroken: 'Plik konfiguracji ma błędy (powyżej); mentor validate zakończyłby się kodem 2.',
  schema: (apiVersion, ids) => `format        apiVersion ${apiVersion}; schematy ${ids.join(', ')}`,
};
