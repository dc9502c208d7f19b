/** Output formats of `mentor validate`; kept apart from the formatters so `--help` loads none of them. */
export const diagnosticFormats = ['stylish', 'json', 'junit', 'sarif', 'github'] as const;
export type DiagnosticFormat = (typeof diagnosticFormats)[number];
