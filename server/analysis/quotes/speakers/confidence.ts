/**
 * How often each way of finding a speech quote's speaker was right on FIRST CONTACT (`eval/first-contact.json`,
 * written by `npx tsx eval/first-contact/replay.ts`; `npm run eval` prints the sums, "First-contact speaker counts
 * by basis"): [speech quotes typed speech, right]. For each pool round 1–8 and the blind round 9, the analyzer as it
 * was before any fix drawn from the round found the speakers of the round's articles; a quote counts under the basis
 * that analyzer recorded (rounds 8 and 9), else under the way today's analyzer finds the same quote's speaker, or
 * "none" when no speaker was found. A basis is the cue that found the speaker ("tag" right after the quotation,
 * "verb" just before it, "verb-far" several words before, "according-to" …) and how its phrase became a name
 * ("name", "pronoun", "title", "description", "body", "phrase" as written), or how a quote without a cue of its own
 * got one ("carried" from its first part, "previous" or "next" quote in the paragraph, "paragraph" from the
 * sentence before, "next-sentence" from the sentence after, "shared" with the sentence's other quote), or "none".
 * On the project's own gold the same bases are right 97% of the time, on first contact 74%: these counts say what
 * a fresh article shows. Re-measure when the speaker rules change.
 */
const FIRST_CONTACT: Record<string, [number, number]> = {
  'verb:name': [89, 75],
  'verb-far:name': [50, 44],
  'tag:name': [34, 30],
  previous: [29, 21],
  none: [27, 0],
  'verb:pronoun': [20, 18],
  'verb-far:phrase': [7, 2],
  'tag:pronoun': [6, 3],
  'verb:body': [6, 4],
  'according-to:name': [5, 4],
  'describing:name': [5, 4],
  shared: [4, 3],
  'verb-far:pronoun': [4, 3],
  'verb-far:body': [3, 2],
  'colon:name': [3, 3],
  'speech-noun:name': [2, 2],
  'speech-noun:title': [2, 0],
  'tag:phrase': [2, 1],
  'verb:phrase': [2, 2],
  next: [1, 1],
  'according-to:body': [1, 0],
  'according-to:pronoun': [1, 1],
  'tag-participle:name': [1, 1],
  'colon:phrase': [1, 1],
  'tag:body': [1, 1],
  'describing:pronoun': [1, 1],
  'tag-subject:name': [1, 1],
  'speech-noun:phrase': [1, 1],
  'verb-far:title': [1, 1],
};

// A basis seen n times counts as n quotes against PRIOR_WEIGHT quotes at its prior, as the sentence confidence does.
const PRIOR_WEIGHT = 4;

// How the phrase became a speaker ("name", "phrase" …), or "carried" for a quote given another's speaker: the
// group a rare basis is judged by. On first contact a phrase kept as written was right 7 times in 13, a name 84%.
function groupOf(basis: string): string {
  return basis.includes(':') ? basis.slice(basis.indexOf(':') + 1) : 'carried';
}

function smooth(right: number, n: number, prior: number): number {
  return (right + PRIOR_WEIGHT * prior) / (n + PRIOR_WEIGHT);
}

/**
 * A speaker basis's confidence from counts of [quotes, right] per basis: its own share right, smoothed toward its
 * group's (groupOf), itself smoothed toward the share right of every speaker found ("none" left out: it has its
 * own count). Rounded to two places, at most 0.99. The eval rates each round with the other rounds' counts.
 */
export function speakerConfidenceFrom(
  counts: Readonly<Record<string, readonly [number, number]>>,
  basis: string,
): number {
  let [found, foundRight, like, likeRight] = [0, 0, 0, 0];
  for (const [b, [n, right]] of Object.entries(counts)) {
    if (b === 'none') continue;
    [found, foundRight] = [found + n, foundRight + right];
    if (groupOf(b) === groupOf(basis)) [like, likeRight] = [like + n, likeRight + right];
  }
  const prior = found ? foundRight / found : 0.5;
  const [n, right] = counts[basis] ?? [0, 0];
  const p = smooth(right, n, basis === 'none' ? prior : smooth(likeRight, like, prior));
  // never certain: a few hundred right answers say nothing of the next article's oddities
  return Math.min(0.99, Math.round(p * 100) / 100);
}

/** The probability that a speaker found this way is right on a fresh article (speakerConfidenceFrom, FIRST_CONTACT). */
export function speakerConfidence(basis: string): number {
  return speakerConfidenceFrom(FIRST_CONTACT, basis);
}
