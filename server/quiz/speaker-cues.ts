import type { AnalyzedSentence, Evidence, Quote } from '../analysis/index.ts';
import { sentenceEvidence } from './evidence.ts';
import { samePerson } from './people.ts';

const VERB_CUES = new Set(['reporting-verb', 'according-to']);
const SOURCE_CUES = new Set(['named-source', 'anonymous-source']);

/**
 * The words of the sentence that tie a speech quote to its speaker: the speaker's own name, and the
 * reporting verbs when no other speaker is quoted in the sentence (then they can only be about this one).
 */
export function speakerCues(sentence: AnalyzedSentence, quote: Quote): Evidence[] {
  const speaker = quote.speaker;
  if (!speaker) return [];
  const speakers = sentence.quotes
    .filter((q) => q.type === 'speech' && q.speaker)
    .map((q) => q.speaker as string);
  const alone = speakers.every((s) => samePerson(s, speaker));
  return sentenceEvidence(
    sentence,
    (cue) => (alone && VERB_CUES.has(cue)) || SOURCE_CUES.has(cue),
  ).filter((e) => !SOURCE_CUES.has(e.cue) || samePerson(e.text, speaker));
}
