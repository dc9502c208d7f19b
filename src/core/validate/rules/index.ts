import type { Rule } from '../rule.js';
import { targetNotAboveBaseline } from './target-not-above-baseline.js';

/** Every method rule, in the order their findings are produced (output is sorted by position anyway). */
export const rules: readonly Rule[] = [targetNotAboveBaseline];
