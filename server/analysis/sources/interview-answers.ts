import type { Segment } from '../types.ts';

// "Wikinews interviews: Tony Benn on U.K. politics": the headline says the article is an interview
const INTERVIEW = /\binterview/i;
// "Wikinews asked about …", "When asked if …": a paragraph that puts the interviewer's question
const ASKED = /\basked\b/;
// "((WN)) Given that some key data is from 2004, …?": Wikinews labels its own questions in double brackets, whatever
// the headline says, and the answers may lose their label ("MS Although we used …"; Wikinews, blind round 1672)
const WIKINEWS_ASKS = /^\(\((?:WN|Wikinews)\)\)/;
// an answer opening on its speaker's initials, the label's brackets lost: "MS Although we used …"
const INITIALS = /^\p{Lu}{2,4}\s/u;
// the writer's own line names the publication: "Wikinews' Nick Moreau photographed the event."
const WRITER_NAMED = /\bWikinews\b/;
// quoted words, left out before the first person is looked for: a quotation's "I" is its speaker's, not the answer's
const QUOTED = /["“][^"”]*["”]/g;
// the speaker's own first person outside any quotation ("I think …", "my instinct is …", "we have …"); "US" is a
// country, so only the lower-case "us" counts
const FIRST_PERSON = /\b(?:I|I'm|I've|I'd|I'll|[Mm]y|[Ww]e|[Oo]ur|us)\b/;

/** The sentences of each paragraph, in order, by paragraph number. */
function paragraphs(segments: Segment[]): Map<number, number[]> {
  const out = new Map<number, number[]>();
  segments.forEach((s, i) => {
    if (s.kind !== 'body') return;
    const list = out.get(s.paragraph);
    if (list) list.push(i);
    else out.set(s.paragraph, [i]);
  });
  return out;
}

/**
 * Marks the answers of an interview printed as prose: in an article whose headline says it is an interview, a
 * paragraph after the interviewer's question ("Wikinews asked about Tony Benn's opinion of Gordon Brown.") that speaks
 * in the first person outside any quotation ("Gordon Brown's roots are in the Labour movement … I think his early
 * start has been very interesting.") is the interviewee's answer, every sentence of it, though no quote marks say so.
 * A column's "I think" is the writer's own: without the interview's headline and a question asked, nothing is marked.
 */
export function interviewAnswers(segments: Segment[]): boolean[] {
  const out = segments.map(() => false);
  const labelled = segments.some((s) => s.kind === 'body' && WIKINEWS_ASKS.test(s.text));
  if (!labelled && !segments.some((s) => s.kind === 'headline' && INTERVIEW.test(s.text)))
    return out;
  let asked = false;
  // (right after a labelled question, the next paragraph answers it, first person or not: "MS Policy makers should
  // consider …", "But one of the big issues for Groom is actually …"; one that names Wikinews is the writer's own,
  // the answer lost from the copy: "Wikinews' Nick Moreau photographed the event.", blind round 1680)
  let labelledQuestion = false;
  for (const sentences of paragraphs(segments).values()) {
    const texts = sentences.map((i) => segments[i]!.text.replace(QUOTED, ''));
    const answersLabel = labelledQuestion;
    labelledQuestion = WIKINEWS_ASKS.test(texts[0]!);
    if (labelledQuestion) {
      asked = true;
      continue;
    }
    const firstPerson =
      (answersLabel && (INITIALS.test(texts[0]!) || !WRITER_NAMED.test(texts[0]!))) ||
      texts.some((t) => FIRST_PERSON.test(t));
    // (the question opens its paragraph; "when Mrs. Thatcher was asked her greatest achievement" inside a
    // first-person answer is part of the answer)
    if (ASKED.test(texts[0]!) && !firstPerson) {
      asked = true;
      continue;
    }
    if (!asked || !firstPerson) continue;
    for (const i of sentences) out[i] = true;
  }
  return out;
}
