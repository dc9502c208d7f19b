import type { CommsPlan } from '../../core/comms/types.js';
import type { MergeRow } from '../../core/comms/merge.js';
import type { CommsView } from '../../core/comms/view.js';
import type { Locale } from '../../messages/index.js';

/** What every comms format gets besides the plan. */
export interface CommsRenderContext {
  locale: Locale;
  /** Colour codes allowed (the table on a terminal only). */
  color: boolean;
  /** Terminal width for the table; undefined = 120 columns. */
  width?: number;
  /** The view the plan was filtered by, recorded in JSON. */
  view: CommsView;
  toolVersion: string;
}

/** Renders a (filtered) plan in one format. Pure: data in, text out. */
export type CommsRenderer = (plan: CommsPlan, ctx: CommsRenderContext) => string;

/** Renders mail-merge rows (one per recipient) in one format. */
export type MergeRenderer = (rows: readonly MergeRow[], plan: CommsPlan, ctx: CommsRenderContext) => string;
