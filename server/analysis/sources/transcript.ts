import { SECTION_LABELS } from '../lexicon/section-labels.ts';
import type { Segment } from '../types.ts';

// "Ana Ruiz: I grew up here.", "Q: Why now?", "((Wikinews)) What is your first priority?": a paragraph opened by a
// speaker's label, one to four capitalised words and a colon, or a name in double brackets as Wikinews prints its
// interviews
const LABEL =
  /^(?:\(\((\p{Lu}[^()]{0,40})\)\)\s*|(\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}):\s+)(?=\S)/u;
// an interview has at least two voices, and someone asks ("Labour: 45 seats" and "Greens: 3 seats" list results)
const MIN_SPEAKERS = 2;

/** The speaker's label opening the sentence, lower-cased, or null. */
function labelOf(text: string): string | null {
  const m = LABEL.exec(text);
  const label = (m?.[1] ?? m?.[2])?.trim().toLowerCase();
  return label && !SECTION_LABELS.has(label) ? label : null;
}

/**
 * Marks the sentences of an interview's turns: each paragraph opened by a speaker's label ("Wikinews: Why did you
 * run?", "Ana Ruiz: I grew up here. The town has given me a lot.") is that speaker's words, question and answer, in
 * an article where at least two voices take turns so and one of them asks. Like a block quotation, a turn carries no quote marks, so only
 * this layout says the words are someone's.
 */
export function transcriptTurns(segments: Segment[]): boolean[] {
  const out = segments.map(() => false);
  const labels = new Set<string>();
  let turns = 0;
  let asked = false;
  let open = false;
  segments.forEach((segment, i) => {
    const opensParagraph = segments[i - 1]?.paragraph !== segment.paragraph;
    if (opensParagraph) {
      const label = segment.kind === 'body' ? labelOf(segment.text) : null;
      open = label !== null;
      if (label) (labels.add(label), turns++);
    }
    out[i] = open;
    asked ||= open && /\?["'”’)]*$/.test(segment.text);
  });
  const interview = labels.size >= MIN_SPEAKERS && turns >= MIN_SPEAKERS && asked;
  return interview ? out : segments.map(() => false);
}
