import type { ArticleAnalysis } from '../../server/analysis/index.ts';

/** One gold speech quotation: whether the rules were right, and its candidates with which of them is the gold speaker. */
export interface Example {
  ruleRight: boolean;
  /** Absent when the quotation was not found as a speech quotation, so the model has nothing to choose from. */
  features?: Float64Array[];
  positive?: boolean[];
  rule?: number;
  /**
   * The same quotation as the rules read it at FIRST CONTACT (the analyzer of the commit its round was measured on):
   * whether they were right, and the candidates with the rule-pick features moved to that first-contact answer.
   */
  first?: { ruleRight: boolean; features?: Float64Array[]; positive?: boolean[]; rule?: number };
}

/** A first-contact analysis of one gold file, by gold file name. */
export type FirstContactOf = (file: string) => ArticleAnalysis | undefined;

/** The examples of one group of articles (a round, or a round of the project's gold). */
export interface Group {
  name: string;
  examples: Example[];
}
