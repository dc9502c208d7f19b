import type { DiagnosticFormatter } from './formatter.js';

// Placeholder until the sarif formatter lands; it is listed so the registry type stays complete.
export const sarif: DiagnosticFormatter = () => {
  throw new Error('sarif output is not implemented yet');
};
