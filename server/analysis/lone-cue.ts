import { QUALITY_VERDICTS, TRUTH_VERDICTS } from './lexicon/quality-verdicts.ts';
import { STANDING_APPRAISALS } from './lexicon/standing-appraisals.ts';
import type { Evidence } from './types.ts';

// Cue families whose one instance, in an article that otherwise reports, was seldom the writer's judgement on first
// contact with BBC News articles (rounds 21–30, kept outside the project): of sentences labelled framing on such a
// lone cue, 3 of 25 were framing for an evaluative word ("famous stores", "the vulnerable software"), 6 of 22 for a
// loaded one ("the best film category"), 0 of 7 for a generalisation ("anyone can volunteer"), 0 of 3 for scaffolding.
// A lone speculation ("could become a takeover target", 13 of 19) or agentless passive (3 of 4) was framing mostly.
// Scaffolding left the list in session 31: over the blind rounds since 260 (Reuters among them), sentences demoted on
// one scaffolding phrase ("the winner is", "One thing is definitely going right for") were framing 9 times of 15,
// fact 3 times.
const LONE_FACT_CUES: ReadonlySet<Evidence['cue']> = new Set([
  'evaluative',
  'loaded',
  'generalisation',
]);

// A grade of how well something was done ("a superb second half", "a woeful display") is the writer's verdict even
// alone: on rounds 47–102 the gold called nearly every sentence framed on one such word framing ("superb" 4 of 4,
// "impressive" 4 of 5, "disappointing" 2 of 2; QUALITY_VERDICTS). So is an appraisal with no neutral sense ("fierce
// competition", "a tense relationship"; STANDING_APPRAISALS), and a fact-checker's "That’s false." opening the sentence
// (TRUTH_VERDICTS; "after misleading Vice President Mike Pence" in a clause is a loaded word, and demoted alone).
const TRUTH: ReadonlySet<string> = new Set(TRUTH_VERDICTS);
function gradesQuality(cue: Evidence): boolean {
  return cue.text
    .toLowerCase()
    .split(/\s+/)
    .some(
      (w) =>
        QUALITY_VERDICTS.has(w) || STANDING_APPRAISALS.has(w) || (cue.start === 0 && TRUTH.has(w)),
    );
}

// A loaded phrase of several words is a stock figure ("has cast a shadow over Trump's presidency", "an uphill
// battle"), which has no literal reading in news prose: over the blind rounds since 260, sentences demoted on one were
// framing 6 times of 8 and never fact (the other two attributed).
function isFigure(cue: Evidence): boolean {
  return cue.cue === 'loaded' && /\s/.test(cue.text.trim());
}

/** A framing decision resting on one word of a family that alone seldom frames (LONE_FACT_CUES). */
export function isLoneCue(evidence: readonly Evidence[]): boolean {
  return (
    evidence.length === 1 &&
    LONE_FACT_CUES.has(evidence[0]!.cue) &&
    !gradesQuality(evidence[0]!) &&
    !isFigure(evidence[0]!)
  );
}
