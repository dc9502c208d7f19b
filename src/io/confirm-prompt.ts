import { createPrompt, isEnterKey, makeTheme, useKeypress, usePrefix, useState } from '@inquirer/core';

/** The words of a yes/no question in one language. */
export interface YesNoWords {
  yes: string;
  no: string;
  /** Answers read as yes and as no, lower case (`t`, `tak`, `y`, `yes` in Polish). */
  yesAnswers: readonly string[];
  noAnswers: readonly string[];
  /** The hint after the question, with the default in capitals: `Y/n`, `t/N` (the theme adds the parentheses). */
  hint: (defaultYes: boolean) => string;
  /** Shown when the answer is neither. */
  invalid: string;
}

/** Reads a typed answer: the default when empty, undefined when it is neither yes nor no. */
export function readYesNo(typed: string, words: Pick<YesNoWords, 'yesAnswers' | 'noAnswers'>, defaultYes: boolean): boolean | undefined {
  const answer = typed.trim().toLowerCase();
  if (answer === '') return defaultYes;
  if (words.yesAnswers.includes(answer)) return true;
  if (words.noAnswers.includes(answer)) return false;
  return undefined;
}

/**
 * A yes/no question that understands the user's language. inquirer's own `confirm` reads only
 * `y`/`n`, so a Polish `t` (tak) silently fell back to the default (No); here an answer that is
 * neither is refused with a hint, never guessed.
 */
export const confirmPrompt = createPrompt<boolean, { message: string; default?: boolean; words: YesNoWords }>((config, done) => {
  const [status, setStatus] = useState<'idle' | 'done'>('idle');
  const [value, setValue] = useState('');
  const [error, setError] = useState<string | undefined>(undefined);
  const theme = makeTheme({});
  const prefix = usePrefix({ status, theme });
  const defaultYes = config.default !== false;

  useKeypress((key, rl) => {
    if (status !== 'idle') return;
    if (isEnterKey(key)) {
      const answer = readYesNo(value, config.words, defaultYes);
      if (answer === undefined) {
        // Enter cleared readline's line: put the answer back so it can be corrected.
        rl.write(value);
        setError(config.words.invalid);
        return;
      }
      setValue(answer ? config.words.yes : config.words.no);
      setStatus('done');
      done(answer);
    } else {
      setValue(rl.line);
      setError(undefined);
    }
  });

  const message = theme.style.message(config.message, status);
  if (status === 'done') return `${prefix} ${message} ${theme.style.answer(value)}`;
  const line = `${prefix} ${message} ${theme.style.defaultAnswer(config.words.hint(defaultYes))} ${value}`;
  return error ? [line, theme.style.error(error)] : line;
});
