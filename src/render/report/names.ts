/** Output formats of `mentor report`; kept apart from the renderers so `--help` loads none of them. */
export const reportFormats = ['table', 'md', 'csv', 'json', 'html'] as const;
export type ReportFormat = (typeof reportFormats)[number];
/** Other names `--format` accepts. */
export const reportFormatAliases: Readonly<Record<string, ReportFormat>> = { markdown: 'md' };
