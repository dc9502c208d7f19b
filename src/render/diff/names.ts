/** Output formats of `mentor diff`; kept apart from the renderers so `--help` loads none of them. */
export const diffFormats = ['table', 'md', 'json', 'html'] as const;
export type DiffFormat = (typeof diffFormats)[number];
