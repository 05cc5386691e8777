import type { Question } from '../quiz/types.ts';
import { questionKind } from './question-kinds.ts';

/** One choice of an exported question; `fraction` is the share of the mark, in percent, as Moodle counts it. */
export interface LmsChoice {
  text: string;
  fraction: number;
  feedback: string;
}

/** A question as quiz tools see it: plain text fields, rendered to HTML by each format's writer. */
export interface LmsItem {
  /** Byline's question id, kept so a re-import can be traced back. */
  id: string;
  name: string;
  kind: 'single' | 'multiple' | 'essay';
  prompt: string;
  excerpt: string;
  choices: LmsChoice[];
  /** The explanation and the deciding words, shown after answering (for an essay: the grader's guide). */
  feedback: string;
}

/** The whole-percent shares Moodle accepts; 100/n for n = 1…10 rounded to 5 decimals is among them. */
function share(n: number): number {
  return n === 0 ? 0 : Number((100 / Math.min(n, 10)).toFixed(5));
}

function decidingWords(question: Question): string {
  const words = [...new Set(question.evidence.map((e) => e.text))];
  return words.length === 0 ? '' : `Deciding words: ${words.map((w) => `“${w}”`).join(', ')}.`;
}

function feedbackOf(question: Question): string {
  return [question.explanation, decidingWords(question)].filter((t) => t !== '').join('\n');
}

function choicesOf(question: Question): LmsChoice[] {
  const correct = new Set<string>(question.correct);
  if (!question.multiple) {
    const right = question.choices.find((c) => correct.has(c.id))?.text ?? '';
    return question.choices.map((c) =>
      correct.has(c.id)
        ? { text: c.text, fraction: 100, feedback: 'Right.' }
        : { text: c.text, fraction: 0, feedback: `Not this one: the answer is “${right}”.` },
    );
  }
  // Wrong ticks take marks away, so ticking every box scores nothing, as in Byline where the set must match.
  const nRight = question.choices.filter((c) => correct.has(c.id)).length;
  const nWrong = question.choices.length - nRight;
  return question.choices.map((c) =>
    correct.has(c.id)
      ? {
          text: c.text,
          fraction: share(nRight),
          feedback: 'Right: this one belongs in the answer.',
        }
      : {
          text: c.text,
          fraction: -share(nWrong),
          feedback: 'Not this one: it does not belong in the answer.',
        },
  );
}

/** The lesson's questions in order as format-neutral items; rewrite questions become essays graded by hand. */
export function lmsItems(questions: readonly Question[]): LmsItem[] {
  return questions.map((q, i) => ({
    id: q.id,
    name: `${i + 1}. ${questionKind(q.type)}`,
    kind: q.type === 'rewrite' ? 'essay' : q.multiple ? 'multiple' : 'single',
    prompt: q.prompt,
    excerpt: q.excerpt,
    choices: q.type === 'rewrite' ? [] : choicesOf(q),
    feedback: feedbackOf(q),
  }));
}

/** Text as HTML: the five special characters escaped, line breaks kept. */
export function htmlText(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;')
    .replace(/\r?\n/g, '<br>');
}

/** The question text as HTML: the prompt, then the article excerpt as a quotation. */
export function questionHtml(item: LmsItem): string {
  const excerpt = item.excerpt ? `<blockquote><p>${htmlText(item.excerpt)}</p></blockquote>` : '';
  return `<p>${htmlText(item.prompt)}</p>${excerpt}`;
}
