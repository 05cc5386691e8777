import { SPEAKING_TEXTS } from '../../lexicon/speaking-texts.ts';
import { issuingVerbWords } from '../../grammar/issuing-verb.ts';
import type { SpeakerContext } from './context.ts';
import { subjectOf } from './speaker.ts';

// how far after the verb its text may be named ("released a brief written statement")
const MAX_OBJECT_WORDS = 4;

/**
 * "His family released a statement on Tuesday." then "“Tom loved the mountains …”": whoever a sentence says put out
 * a text (issued, released, published a statement, a letter …) is the author of the words quoted right after it.
 * Null when the sentence puts out no text or names nobody doing it.
 */
export function issuerOf(ctx: SpeakerContext, seg: number): string | null {
  const tokens = ctx.tokens[seg]!;
  for (let v = 0; v < tokens.length; v++) {
    // ("the House Appropriations Committee put out a statement explaining its position": the phrasal "put out")
    const words = issuingVerbWords(tokens, v);
    if (words === 0 || ctx.quoted[seg]![v]) continue;
    for (let k = v + words; k < tokens.length && k - v <= MAX_OBJECT_WORDS + 1; k++) {
      const t = tokens[k]!;
      if (t.pos === 'NOUN' && SPEAKING_TEXTS.has(t.lemma)) return subjectOf(ctx, seg, v);
      if (t.pos === 'VERB' || t.pos === 'PUNCT' || t.pos === 'ADP') break;
    }
  }
  return null;
}
