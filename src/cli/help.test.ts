import { describe, expect, it } from 'vitest';
import type { CliIo } from './env.js';
import { run } from './main.js';

/** Runs the CLI in-process; stdout and stderr as text. */
async function mentor(args: string[], env: Record<string, string> = { LANG: 'C' }): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const io: CliIo = { stdout: { write: (s: string) => (stdout += s) }, stderr: { write: (s: string) => (stderr += s) }, stdin: process.stdin, env, cwd: process.cwd() };
  const code = await run(args, io);
  return { code, stdout, stderr };
}

describe('help in the user’s language', () => {
  it('speaks Polish with --locale pl, MENTOR_LOCALE=pl or LANG=pl_PL.UTF-8, commander’s own words included', async () => {
    for (const [args, env] of [
      [['--locale', 'pl', 'validate', '--help'], { LANG: 'C' }],
      [['validate', '--help'], { MENTOR_LOCALE: 'pl' }],
      [['validate', '--help'], { LANG: 'pl_PL.UTF-8' }],
      [['validate', '--locale=pl', '--help'], { LANG: 'en_GB.UTF-8' }],
    ] as const) {
      const { code, stdout } = await mentor([...args], { ...env });
      expect(code).toBe(0);
      expect(stdout).toMatch(/^Użycie: mentor validate \[opcje\] \[ścieżki\.\.\.\]\n/);
      // Long lines wrap at 80 columns: compare with the wrapping undone.
      const flat = stdout.replace(/\s+/g, ' ');
      for (const word of ['Argumenty:', 'Opcje:', 'Przykłady:', '(do wyboru: "stylish", "json", "junit", "sarif", "github", domyślnie: stylish)', 'wyświetl pomoc', 'Kody wyjścia: 0 brak problemów']) expect(flat).toContain(word);
      expect(stdout).not.toMatch(/Usage|Options|display help|default:|choices:/);
    }
    const rules = await mentor(['rules', '--help'], { LANG: 'pl_PL.UTF-8' });
    expect(rules.stdout.replace(/\s+/g, ' ')).toContain('(do wyboru: "table", "json", domyślnie: "table")');
    const top = await mentor(['--help'], { LANG: 'pl_PL.UTF-8' });
    for (const word of ['Polecenia:', 'help [polecenie]', 'wyświetl pomoc dla polecenia', 'wyświetl numer wersji']) expect(top.stdout).toContain(word);
  });

  it('keeps commander’s English where nothing names Polish', async () => {
    const { stdout } = await mentor(['validate', '--help']);
    expect(stdout).toMatch(/^Usage: mentor validate \[options\] \[paths\.\.\.\]\n/);
    for (const word of ['Arguments:', 'Options:', 'Examples:', '(choices: "stylish", "json", "junit", "sarif", "github", default: stylish)', 'Exit codes:']) expect(stdout.replace(/\s+/g, ' ')).toContain(word);
  });

  it('words commander’s errors in Polish, with the nearest names, and exits 2', async () => {
    const pl = { LANG: 'pl_PL.UTF-8' };
    const cases: [string[], string][] = [
      [['validate', '--formt', 'json'], "błąd: nieznana opcja '--formt'\n(Czy chodziło o --format?)"],
      [['valdate'], "błąd: nieznane polecenie 'valdate'\n(Czy chodziło o validate?)"],
      [['select', 'examples/kam-rollout'], "błąd: brak wymaganego argumentu 'eksport'"],
      [['validate', '--format', 'xml'], "błąd: niepoprawna wartość 'xml' opcji '-f, --format <format>'. Dozwolone wartości: stylish, json, junit, sarif, github."],
      [['completion', 'tcsh'], "błąd: niepoprawna wartość 'tcsh' argumentu 'powłoka'. Dozwolone wartości: bash, zsh, fish."],
      [['rules', 'a', 'b'], "błąd: za dużo argumentów polecenia 'rules'. Oczekiwano: 0 argumentów, podano: 2."],
      [['explain', 'a', 'b'], "błąd: za dużo argumentów polecenia 'explain'. Oczekiwano: 1 argument, podano: 2."],
      [['validate', '--today'], "błąd: opcja '--today <data>' wymaga wartości"],
      [['validate', '--today', '1.2.2026'], 'mentor: --today przyjmuje datę w postaci RRRR-MM-DD, a nie „1.2.2026”.'],
      [['validate', '--output', 'a.sarif', '--format', 'json', 'examples'], 'mentor: --output a.sarif: rozszerzenie wskazuje sarif, a --format to json.'],
    ];
    for (const [args, message] of cases) {
      const { code, stderr } = await mentor(args, pl);
      expect(stderr, args.join(' ')).toContain(message);
      expect(code, args.join(' ')).toBe(2);
    }
    expect((await mentor(['validate', '--formt'], pl)).stderr).toContain('(uruchom z --help, aby zobaczyć sposób użycia)');
  });

  it('leaves commander’s English errors as commander writes them', async () => {
    expect((await mentor(['validate', '--formt', 'json'])).stderr).toContain("error: unknown option '--formt'\n(Did you mean --format?)");
    expect((await mentor(['rules', 'a'])).stderr).toContain("error: too many arguments for 'rules'. Expected 0 arguments but got 1.");
  });
});
