import type { ReportRenderer } from './renderer.js';

/**
 * The report data as it is: `formatVersion` first, keys in a fixed order, numbers unrounded, dates
 * `YYYY-MM-DD`, codes rather than words (docs/report.md documents every field).
 */
export const renderJson: ReportRenderer = (data) => `${JSON.stringify(data, null, 2)}\n`;
