import { localeFormat } from '../render/locale-format.js';
import { plural } from './plural-pl.js';
import type { ProgressText } from './progress-text.js';

const count = (n: number): string => localeFormat('pl').number(n, 0);

export const progressPl: ProgressText = {
  line: ({ filesRead, filesFound, step, findings }) => {
    // „wczytano 3 z 26 plików”: after „z” the genitive, „pliku” for one and „plików” for any other number.
    const read =
      filesRead < filesFound
        ? `wczytano ${count(filesRead)} z ${count(filesFound)} ${filesFound === 1 ? 'pliku' : 'plików'}`
        : `wczytano ${count(filesRead)} ${plural(filesRead, 'plik', 'pliki', 'plików')}`;
    const checking = step === 'checking' ? ' · sprawdzanie' : '';
    return `mentor: ${read}${checking} · znaleziono dotąd ${count(findings)} ${plural(findings, 'problem', 'problemy', 'problemów')}`;
  },
};
