import { readdir, readFile, stat } from 'node:fs/promises';
import { join, relative, resolve, sep } from 'node:path';
import { readRegularFile } from './read-file.js';
import { parse } from 'yaml';
import { checkFrame } from '../core/scaffold/frame.js';
import type { Frame, RawFile, Template, TemplateMeta } from '../core/scaffold/types.js';
import { UsageError } from '../errors.js';
import { catalogue, locales, type Locale } from '../messages/index.js';
import { packagePath, packageRoot as findPackageRoot } from './package-files.js';

/** The package folder (holding templates/ and schemas/), from the sources, dist/ or a bundle chunk alike. */
export const packageRoot = findPackageRoot();
export const templatesFolder = packagePath('templates');
export const schemasFolder = packagePath('schemas');
/** Files every template gets unless it brings its own: README, .gitignore, CI workflow. */
const commonFolder = join(templatesFolder, '_common');
/** The built-in template a run without `--template` uses. */
export const defaultTemplate = 'key-accounts';

const describeFile = 'template.yaml';
const frameFile = /^frame\.([a-z]{2})\.ya?ml$/;

async function isFolder(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isDirectory();
  } catch {
    return false;
  }
}

/** Every file under `folder`, as paths relative to it with `/`, sorted. */
async function listFiles(folder: string): Promise<string[]> {
  const found: string[] = [];
  const walk = async (dir: string): Promise<void> => {
    for (const entry of await readdir(dir, { withFileTypes: true })) {
      const full = join(dir, entry.name);
      if (entry.isDirectory()) await walk(full);
      else if (entry.isFile()) found.push(relative(folder, full).split(sep).join('/'));
    }
  };
  await walk(folder);
  return found.sort();
}

/** Names of the built-in templates: the folders under templates/ with a template.yaml, except `_common`. */
export async function builtinTemplateNames(): Promise<string[]> {
  const names: string[] = [];
  for (const entry of await readdir(templatesFolder, { withFileTypes: true })) {
    if (entry.isDirectory() && !entry.name.startsWith('_') && !entry.name.startsWith('.')) {
      try {
        await stat(join(templatesFolder, entry.name, describeFile));
        names.push(entry.name);
      } catch {
        // A folder without template.yaml is not a template (a consultant's scratch folder, say).
      }
    }
  }
  return names.sort();
}

/** A `--template` value names a folder when it looks like a path; otherwise it is a built-in name. */
export function looksLikePath(value: string): boolean {
  return value.includes('/') || value.includes('\\') || value.startsWith('.') || value.startsWith('~');
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function checkMeta(data: unknown): string[] {
  if (!isObject(data)) return [`${describeFile} must be a mapping`];
  const problems: string[] = [];
  if (!isObject(data['title'])) problems.push('`title` must map locales to a title (`en: …`, `pl: …`)');
  const defaults = data['defaults'];
  if (!isObject(defaults)) problems.push('`defaults` is missing');
  else {
    const weeks = defaults['weeks'];
    if (typeof weeks !== 'number' || !Number.isInteger(weeks) || weeks < 4 || weeks > 260) problems.push('`defaults.weeks` must be a whole number of weeks from 4 to 260');
    if (!isObject(defaults['name'])) problems.push('`defaults.name` must map locales to a programme name');
  }
  return problems;
}

/**
 * A template file's text. A custom template is someone else's folder: read under the same rules as
 * a programme file (a regular file, at most 16 MiB), so a FIFO or a device cannot hang `init`.
 */
async function readText(path: string): Promise<string> {
  const read = await readRegularFile(path);
  if (read.kind === 'bytes') return Buffer.from(read.bytes).toString('utf8');
  throw Object.assign(new Error(read.kind === 'unreadable' ? read.code : read.kind), { code: read.kind === 'unreadable' ? read.code : read.kind });
}

async function readYaml(path: string, shown: string, locale: Locale): Promise<unknown> {
  const text = await readText(path);
  try {
    // logLevel 'error': an unknown tag is no reason for a Node warning on stderr.
    return parse(text, { prettyErrors: true, logLevel: 'error' });
  } catch (error) {
    throw new UsageError(catalogue(locale).init.errors.templateInvalid(shown, (error as Error).message.split('\n')[0] ?? ''));
  }
}

/**
 * Loads a template by built-in name or from a folder (`./my-template`): its description, a frame
 * per locale it has texts for, and its real files followed by the common ones it does not
 * override. An unknown name is a usage error listing the valid ones (never a silent fallback).
 */
export async function loadTemplate(nameOrPath: string, options: { cwd: string; locale: Locale }): Promise<Template> {
  const texts = catalogue(options.locale).init.errors;
  let folder: string;
  if (looksLikePath(nameOrPath)) {
    folder = resolve(options.cwd, nameOrPath);
    if (!(await isFolder(folder))) throw new UsageError(texts.unknownTemplate(nameOrPath, await builtinTemplateNames()), texts.templateHint);
  } else {
    const known = await builtinTemplateNames();
    if (!known.includes(nameOrPath)) throw new UsageError(texts.unknownTemplate(nameOrPath, known), texts.templateHint);
    folder = join(templatesFolder, nameOrPath);
  }
  const shown = looksLikePath(nameOrPath) ? nameOrPath : `templates/${nameOrPath}`;
  let metaData: unknown;
  try {
    metaData = await readYaml(join(folder, describeFile), shown, options.locale);
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new UsageError(texts.templateInvalid(shown, `${describeFile} is missing`), texts.templateHint);
  }
  const metaProblems = checkMeta(metaData);
  if (metaProblems.length > 0) throw new UsageError(texts.templateInvalid(shown, metaProblems.join('; ')));

  const own = await listFiles(folder);
  const frames: Partial<Record<Locale, Frame>> = {};
  for (const path of own) {
    const m = frameFile.exec(path);
    if (!m || !(locales as readonly string[]).includes(m[1]!)) continue;
    const data = await readYaml(join(folder, path), `${shown}/${path}`, options.locale);
    const problems = checkFrame(data);
    if (problems.length > 0) throw new UsageError(texts.templateInvalid(`${shown}/${path}`, problems.join('; ')));
    frames[m[1] as Locale] = data as Frame;
  }
  if (Object.keys(frames).length === 0) throw new UsageError(texts.templateInvalid(shown, 'no frame.en.yaml or frame.pl.yaml'));

  const files: RawFile[] = [];
  for (const path of own) {
    if (path === describeFile || frameFile.test(path)) continue;
    files.push({ path, contents: await readText(join(folder, path)) });
  }
  // A template's own README or workflow replaces the common one (planScaffold keeps the first of each target).
  for (const file of await loadCommonFiles()) files.push(file);

  return { name: nameOrPath, source: folder, meta: metaData as TemplateMeta, frames, files };
}

/** The files every programme folder gets unless its template brings its own: README, .gitignore, CI workflow. */
export async function loadCommonFiles(): Promise<RawFile[]> {
  const paths = await listFiles(commonFolder);
  return Promise.all(paths.map(async (path) => ({ path, contents: await readFile(join(commonFolder, path), 'utf8') })));
}

/** The built-in templates with their descriptions, for `--list-templates` and the template prompt. */
export async function listTemplates(locale: Locale): Promise<Template[]> {
  const all: Template[] = [];
  for (const name of await builtinTemplateNames()) all.push(await loadTemplate(name, { cwd: templatesFolder, locale }));
  return all;
}

/** The schemas shipped with the tool, to copy next to a new programme. */
export async function loadSchemas(): Promise<RawFile[]> {
  const names = (await readdir(schemasFolder)).filter((n) => n.endsWith('.schema.json')).sort();
  return Promise.all(names.map(async (path) => ({ path, contents: await readFile(join(schemasFolder, path), 'utf8') })));
}
