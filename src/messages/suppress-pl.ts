import type { SuppressText } from './suppress-text.js';
import { plural } from './plural-pl.js';

const reasonWords: Record<string, (id: string, suggestion?: string) => string> = {
  'no-rule': () => 'Ten komentarz `mentor-disable` nie wskazuje żadnej reguły.',
  'unknown-rule': (id, suggestion) => `\`${id}\` nie jest regułą${suggestion ? `; czy chodziło o \`${suggestion}\`?` : '.'}`,
  'not-suppressible': (id) => `Reguły \`${id}\` nie można wyciszyć: problemy YAML i schematu znaczą, że plik nie mówi tego, na co wygląda.`,
  'not-at-top': () => '`mentor-disable` działa tylko nad pierwszym wierszem YAML; ten stoi niżej.',
};

export const suppressPl: SuppressText = {
  rules: {
    'suppression-missing-reason': {
      message: (p) => `Wyciszenie \`${p.rules}\` wymaga uzasadnienia po \` -- \`.`,
      hint: (p) => `Napisz dlaczego, żeby następna osoba wiedziała: \`# ${p.directive} ${p.rules} -- uzgodnione z HR 2026-03-02\`.`,
      describe: 'Komentarz `# mentor-disable…` bez uzasadnienia po ` -- `.',
    },
    'suppression-invalid': {
      message: (p) => (reasonWords[String(p.reason)] ?? reasonWords['no-rule']!)(String(p.rule ?? ''), typeof p.suggestion === 'string' ? p.suggestion : undefined),
      hint: (p) =>
        p.reason === 'not-at-top'
          ? 'Przenieś go nad `apiVersion` albo użyj `# mentor-disable-next-line` nad wierszem, który wskazuje problem.'
          : p.reason === 'not-suppressible'
            ? 'Popraw plik; wyciszać można tylko reguły metody (zob. `mentor rules`).'
            : 'Wpisz identyfikator reguły tak, jak wypisuje go `mentor rules`.',
      describe: 'Komentarz `# mentor-disable…` bez reguły, z nieznaną regułą, z regułą, której nie można wyciszyć, albo wyciszenie całego pliku poniżej pierwszego wiersza YAML.',
    },
    'suppression-unused': {
      message: (p) => `Ten komentarz wycisza \`${p.rule}\`, ale ${p.kind === 'file' ? 'w tym pliku' : 'w następnym wierszu'} nie ma takiego problemu.`,
      hint: () => 'Usuń komentarz: problem, który wyciszał, zniknął (albo komentarz stoi nad złym wierszem).',
      describe: 'Komentarz `# mentor-disable…`, który niczego nie wycisza.',
    },
  },
  suppressed: (count) => `${count} ${plural(count, 'wyciszony', 'wyciszone', 'wyciszonych')}`,
};
