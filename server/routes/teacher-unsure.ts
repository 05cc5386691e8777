import type { ArticleAnalysis, Cue, Label, SentenceKind } from '../analysis/index.ts';
import { cueLabel } from '../http/highlight.ts';
import { labelText, MIN_CONFIDENCE, quizRating, speakerConfidenceOf } from '../quiz/index.ts';
import { REVIEW_PAGE_SIZE } from './teacher-paging.ts';

/** One thing Byline is unsure of in a sentence: its label, or who said one of its quotes. */
export interface UnsurePoint {
  /** Plain words for the review page: "Label: Editorial framing (decided by speculation)". */
  text: string;
  confidence: number;
}

/** A sentence with something below the quiz threshold that no teacher has checked yet. */
export interface UnsureSentence {
  index: number;
  kind: SentenceKind;
  text: string;
  label: Label;
  /** The lowest confidence among its points: the list is ordered by it. */
  confidence: number;
  points: UnsurePoint[];
  /** Where the sentence sits in the article-order review form (the right page, then its fieldset). */
  href: string;
}

// The cue part of a basis ("framing:speculation") in words a teacher reads without a glossary.
function basisWords(basis: string | undefined): string | undefined {
  switch (basis) {
    case undefined:
      return undefined;
    case 'fact:clean':
      return 'no source and no framing words found';
    case 'fact:among-framing':
      return 'no source and no framing words found, in an article that often frames';
    case 'fact:near':
      return 'a few framing words, too weak to call it framing';
    case 'attributed:framed':
      return 'a source, with framing words beside it';
    case 'fact:source-words':
      return 'words that often report, but no source found';
    case 'fact:long':
      return 'a long sentence with no source and no framing words found';
    case 'fact:marked':
      return 'no source found, in a headline, beside a quotation or after a "but"';
    case 'fact:lone-cue':
      return 'one framing word, in an article that mostly reports';
    case 'attributed:inside':
      return 'a source that comes after another verb, maybe for a side detail only';
  }
  const cue = basis.slice(basis.indexOf(':') + 1);
  return cue && cue !== 'none' ? `decided by ${cueLabel(cue as Cue)}` : undefined;
}

/**
 * The sentences Byline is least sure of, least sure first: a label (as sure as the quiz takes it, quizConfidence) or a
 * speech quote's speaker below MIN_CONFIDENCE in the analysis as the teacher corrected it (a label or speaker the teacher set or confirmed
 * counts as sure, so checked sentences drop off the list). Each links to the sentence in the article-order form.
 */
export function unsureSentences(corrected: ArticleAnalysis, pages: number): UnsureSentence[] {
  const unsure: UnsureSentence[] = [];
  corrected.sentences.forEach((s, position) => {
    const points: UnsurePoint[] = [];
    // (as sure as the quiz takes it: a basis that mainstream news bore out less is listed at that share)
    const { confidence: labelConfidence, figureless } = quizRating(s);
    if (labelConfidence < MIN_CONFIDENCE) {
      // (… and a fact the quiz takes as less sure for having no figure to check)
      const figure = figureless ? 'no figure or date in it' : '';
      const why = [basisWords(s.basis), figure].filter(Boolean).join('; ');
      points.push({
        text: `Label: ${labelText(s.label)}${why ? ` (${why})` : ''}`,
        confidence: labelConfidence,
      });
    }
    s.quotes.forEach((q, j) => {
      const confidence = speakerConfidenceOf(q);
      if (q.type !== 'speech' || confidence === undefined || confidence >= MIN_CONFIDENCE) return;
      points.push({
        text: `Who said quote ${j + 1}: ${q.speaker ?? 'no one named'}`,
        confidence,
      });
    });
    if (points.length === 0) return;
    const page = Math.floor(position / REVIEW_PAGE_SIZE) + 1;
    unsure.push({
      index: s.index,
      kind: s.kind,
      text: s.text,
      label: s.label,
      confidence: Math.min(...points.map((p) => p.confidence)),
      points,
      href: `${pages > 1 ? `?page=${page}` : ''}#s${s.index}`,
    });
  });
  return unsure.sort((a, b) => a.confidence - b.confidence || a.index - b.index);
}
