import type { DiagnosticFormatter } from './formatter.js';

// Placeholder until the github formatter lands; it is listed so the registry type stays complete.
export const github: DiagnosticFormatter = () => {
  throw new Error('github output is not implemented yet');
};
