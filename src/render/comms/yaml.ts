import { Document, isMap, isSeq } from 'yaml';
import { catalogue } from '../../messages/index.js';
import type { CommsRenderer } from './renderer.js';

/**
 * The proposals of a plan as YAML ready to paste under `communications:` in the programme: each
 * entry as the programme would hold it (with `step`, so it is not proposed again once adopted),
 * texts with their placeholders so they follow the programme's data. Non-proposals are left out.
 */
export const commsYaml: CommsRenderer = (plan, ctx) => {
  const texts = catalogue(ctx.locale).comms;
  const proposals = plan.entries.filter((e) => e.proposed).map((e) => e.message);
  if (proposals.length === 0) return `# ${texts.out.yamlNone}\n`;
  const doc = new Document(proposals);
  // `when` and `to` read best on one line, as the examples write them.
  if (isSeq(doc.contents)) {
    for (const item of doc.contents.items) {
      if (!isMap(item)) continue;
      for (const key of ['when', 'to', 'toPeople']) {
        const node = item.get(key, true);
        if (node && (isMap(node) || isSeq(node))) node.flow = true;
      }
    }
  }
  doc.commentBefore = texts.out.yamlHeader(plan.programme.name, proposals.length).map((l) => ` ${l}`).join('\n');
  // `{ date: … }` but `[mentor, mentee]`, as the examples and templates write them.
  return doc.toString({ lineWidth: 0, indentSeq: true }).replace(/^(\s+(?:to|toPeople): )\[ (.*) \]$/gm, '$1[$2]');
};
