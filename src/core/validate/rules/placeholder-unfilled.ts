import type { DataPath } from '../../diagnostics.js';
import { identityPath } from '../../locate.js';
import type { Finding, ParsedFile } from '../../parse/parsed-file.js';
import type { Rule } from '../rule.js';

/**
 * What `mentor init` writes where only the consultant knows the answer, in either language:
 * `(fill in: sponsor)`, `(uzupełnij: organizacja)`, or `(fill in)` before an example text.
 */
export const unfilledPlaceholder = /\((?:fill in|uzupełnij)(?::[^)]*)?\)/iu;

/**
 * A scaffold validates at once, but it is not finished until its placeholders are replaced; each one
 * left is a warning (an error under --strict), so CI keeps reminding until the frame is filled in.
 */
export const placeholderUnfilled: Rule = {
  id: 'placeholder-unfilled',
  check(ctx) {
    const findings: Finding[] = [];
    // One path stack, copied only on a hit: a large people file holds hundreds of thousands of values.
    const path: DataPath = [];
    const visit = (file: ParsedFile, value: unknown): void => {
      if (typeof value === 'string') {
        const match = value.includes('(') ? unfilledPlaceholder.exec(value) : null;
        if (match) findings.push(ctx.report({ file, path: [...path] }, { field: identityPath(file.data, path), placeholder: match[0] }));
      } else if (Array.isArray(value)) {
        for (let i = 0; i < value.length; i++) {
          path.push(i);
          visit(file, value[i]);
          path.pop();
        }
      } else if (value !== null && typeof value === 'object') {
        for (const [key, child] of Object.entries(value)) {
          path.push(key);
          visit(file, child);
          path.pop();
        }
      }
    };
    // init writes placeholders into the programme and people files only; records hold what happened.
    visit(ctx.model.file, ctx.model.file.data);
    for (const { file, data } of ctx.model.peopleFiles) visit(file, data);
    return findings;
  },
};
