import type { SafetyText } from './safety-text.js';

const things: Record<string, string> = { fifo: 'a named pipe (FIFO)', device: 'a device', socket: 'a socket', folder: 'a folder' };
const files = (n: number): string => `${n} ${n === 1 ? 'file' : 'files'}`;

export const safetyEn: SafetyText = {
  cannotWrite: (p, r) => `${p}: cannot write (${r}).`,
  notRegularTarget: (p, k) =>
    `${p} is ${things[k] ?? 'not a regular file'}; mentor writes regular files only and never replaces anything else, not even with --force. Name another file, or print to standard output with --format.`,
  refuseLink: (p) => `${p} is a symbolic link to nothing; use --force to replace the link with the file.`,
  throughLink: (p, link) => `${p}: not written, because ${link} is a symbolic link (mentor never writes through one).`,
  sameFile: (p, first) => `${p} and ${first} are the same file; name each file once.`,
  interrupted: 'cancelled; no file was left half-written.',
  schemaRefusesAnswers: (n) => `nothing written: the answers give ${n === 1 ? 'a value' : `${n} values`} the format does not allow (shown above). Fix ${n === 1 ? 'it' : 'them'} in the answers file or the flags.`,
  recovered: (r) => {
    const done = [r.restored > 0 ? `put back ${files(r.restored)} as they were` : '', r.removed > 0 ? `removed ${files(r.removed)} it had added` : ''].filter(Boolean);
    const n = r.kept.length;
    const kept = n === 0 ? '' : ` ${files(n)} changed since ${n === 1 ? 'was' : 'were'} left alone; ${n === 1 ? 'its earlier version is' : 'their earlier versions are'} kept at ${r.kept.join(', ')}.`;
    return `Found an interrupted \`mentor init\` in ${r.folder}: ${done.length > 0 ? done.join(' and ') : 'removed its temporary files'}.${kept}`;
  },
};
