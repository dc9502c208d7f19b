import type { ReportData } from '../../core/report/report-types.js';
import type { Locale } from '../../messages/index.js';

/** What every report renderer gets besides the data. */
export interface ReportRenderContext {
  /** Language of the document (the programme's own unless --locale says otherwise). */
  locale: Locale;
  /** Colour the terminal table (decided once at the edge; never in files). */
  color: boolean;
  /** `mentor-cli x.y.z`, named in document footers. */
  tool: string;
  /** CSV separator: `;` for Polish Excel, `,` otherwise, or --delimiter. */
  delimiter: ',' | ';' | '\t';
}

/** A report renderer: pure, data in, text out. */
export type ReportRenderer = (data: ReportData, ctx: ReportRenderContext) => string;
