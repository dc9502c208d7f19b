import { builtinTemplateNames, loadSchemas, loadTemplate, packageRoot } from '../../src/io/templates.js';
import type { RawFile, Template } from '../../src/core/scaffold/types.js';

/** The built-in templates by name and the tool's schemas: what a test needs to plan scaffolds. */
export async function builtinTemplates(): Promise<{ templates: Map<string, Template>; schemas: RawFile[] }> {
  const templates = new Map<string, Template>();
  for (const name of await builtinTemplateNames()) templates.set(name, await loadTemplate(name, { cwd: packageRoot, locale: 'en' }));
  return { templates, schemas: await loadSchemas() };
}
