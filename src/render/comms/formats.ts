/** Formats of `mentor comms`; kept apart from the renderers so `--help` loads none of them. `yaml` writes proposals to paste (with --proposed-only). */
export const commsFormats = ['table', 'md', 'csv', 'json', 'ics', 'yaml'] as const;
export type CommsFormat = (typeof commsFormats)[number];

/** Formats of `mentor comms --merge`. */
export const mergeFormats = ['csv', 'json'] as const satisfies readonly CommsFormat[];
export type MergeFormat = (typeof mergeFormats)[number];
