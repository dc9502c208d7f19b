import { readFile } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { supportedApiVersion } from '../../core/validate/document.js';
import { UsageError } from '../../errors.js';
import { configNames, findConfig, loadConfig } from '../../io/config.js';
import { loadSchemas, packageRoot } from '../../io/templates.js';
import { catalogue } from '../../messages/index.js';
import type { DoctorText } from '../../messages/doctor-text.js';
import { version } from '../../version.js';
import type { CliIo } from '../env.js';
import type { CommandContext } from '../program.js';

export interface DoctorFlags {
  /** A config file, or false for --no-config. */
  config?: string | false;
}

/** Where the language came from, in the order `namedLocale` reads them (see src/cli/env.ts). */
function localeSource(flag: string | undefined, env: CliIo['env']): { source: 'flag' | 'env' | 'none'; variable?: string; value?: string } {
  if (flag) return { source: 'flag' };
  if (env['MENTOR_LOCALE']) return { source: 'env', variable: 'MENTOR_LOCALE', value: env['MENTOR_LOCALE'] };
  const variable = ['LC_ALL', 'LC_MESSAGES', 'LANG'].find((name) => env[name] !== undefined && env[name] !== '');
  const value = variable ? env[variable]! : undefined;
  if (!variable || !value || /^(C|POSIX)([._@].*)?$/i.test(value)) return { source: 'none' };
  return { source: 'env', variable, value };
}

/** Whether `current` (v22.3.0) satisfies a `>=20` engines range, the only form package.json uses. */
function meets(current: string, engines: string): boolean {
  const wanted = /^>=\s*(\d+)/.exec(engines);
  return !wanted || Number(/^v?(\d+)/.exec(current)?.[1] ?? 0) >= Number(wanted[1]);
}

/** `mentor doctor`: which config, language, format and Node mentor uses here, and why. */
export async function doctorCommand(flags: DoctorFlags, { io, locale, explicitLocale }: CommandContext): Promise<number> {
  const text: DoctorText = locale === 'pl' ? (await import('../../messages/doctor-pl.js')).doctorPl : (await import('../../messages/doctor-en.js')).doctorEn;
  const engines = ((JSON.parse(await readFile(join(packageRoot, 'package.json'), 'utf8')) as { engines?: { node?: string } }).engines?.node ?? '>=20').trim();
  const { source, variable, value } = localeSource(explicitLocale, io.env);
  const lines = [text.title, text.version(version), text.node(process.version, meets(process.version, engines), engines), text.locale(locale, source, variable, value)];
  let code = 0;
  if (flags.config === false) lines.push(text.config('', 'disabled'));
  else {
    const path = flags.config === undefined ? await findConfig(io.cwd) : resolve(io.cwd, flags.config);
    if (path === undefined) lines.push(text.config('', 'none', configNames));
    else {
      const shown = relative(io.cwd, path) || path;
      lines.push(text.config(shown, flags.config === undefined ? 'found' : 'flag'));
      try {
        const config = await loadConfig(path, shown, catalogue(locale).ui);
        lines.push(text.configSettings(Object.keys(config.rules).length, config.overrides?.length ?? 0));
      } catch (error) {
        if (!(error instanceof UsageError)) throw error;
        io.stderr.write(`${error.message}\n${text.configBroken}\n`);
        code = 2;
      }
    }
  }
  const ids = (await loadSchemas()).map((s) => (JSON.parse(s.contents) as { $id?: string }).$id ?? s.path);
  lines.push(text.schema(supportedApiVersion, ids));
  io.stdout.write(`${lines.join('\n')}\n`);
  return code;
}
