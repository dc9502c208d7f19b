import type { DiagnosticFormatter } from './formatter.js';

// Placeholder until the junit formatter lands; it is listed so the registry type stays complete.
export const junit: DiagnosticFormatter = () => {
  throw new Error('junit output is not implemented yet');
};
