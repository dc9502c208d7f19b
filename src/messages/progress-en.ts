import { localeFormat } from '../render/locale-format.js';
import type { ProgressText } from './progress-text.js';

const count = (n: number): string => localeFormat('en').number(n, 0);
const files = (n: number): string => (n === 1 ? 'file' : 'files');

export const progressEn: ProgressText = {
  line: ({ filesRead, filesFound, step, findings }) => {
    const read = filesRead < filesFound ? `${count(filesRead)} of ${count(filesFound)} ${files(filesFound)} read` : `${count(filesRead)} ${files(filesRead)} read`;
    const checking = step === 'checking' ? ' · checking' : '';
    return `mentor: ${read}${checking} · ${count(findings)} ${findings === 1 ? 'finding' : 'findings'} so far`;
  },
};
