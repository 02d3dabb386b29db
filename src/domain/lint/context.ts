import type { Perspective } from '../codes';

/**
 * What a document knows about a plan beyond the plan itself. The importer fills it in; for a
 * plan read back from the database it is absent and the rules that need it stay silent.
 */

export type CountedThing = 'themes' | 'objectives' | 'ksfs' | 'kpis' | 'actions';

export interface StatedCount {
  what: CountedThing;
  count: number;
  /**
   * Set when the document states the count for one perspective (顧客構面：9項策略目標, or 本構面…
   * under that perspective's heading).
   */
  perspective?: Perspective;
  /** Set when the count is stated for one theme (本主題… under the theme's heading): its letter. */
  theme?: string;
  /** The sentence as printed, for the message. */
  text: string;
  line?: number;
}

export interface NameVariant {
  code: string;
  kind: 'objective' | 'kpi' | 'action';
  chosen: string;
  /** Every distinct spelling met, with the lines it was met on. */
  spellings: { name: string; lines: number[] }[];
}

export interface LintContext {
  statedCounts?: StatedCount[];
  nameVariants?: NameVariant[];
  /** First source line of each code, so plan-level findings can point into the document. */
  codeLines?: ReadonlyMap<string, number>;
}
