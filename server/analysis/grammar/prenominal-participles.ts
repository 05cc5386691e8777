import { retagged, type Token } from './token.ts';
import { FLOATING_QUANTIFIERS } from '../lexicon/function-words.ts';

// words that open a noun phrase as a determiner does: "Other planned host nations", "Several planned meetings"
const QUANTIFIERS =
  /^(?:other|several|many|few|some|both|all|more|most|further|additional|two|three|four|five)$/;

/**
 * "Other planned host nations are Estonia, Latvia …": after a quantifier that opens a noun phrase, wink-nlp may read a
 * participle before the noun as a verb ("planned"), whose subject the quantifier then seems to be, so a plan looks
 * reported. Between such a word and a noun it describes the noun, as after "the" ("the planned talks"). A new array
 * and new tokens only when a sentence has one.
 */
export function retagPrenominalParticiples(tokens: Token[]): Token[] {
  let out: Token[] | null = null;
  for (let i = 1; i + 1 < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.pos !== 'VERB' || !t.lower.endsWith('ed')) continue;
    // (… and after "a" before a number: "A reported 50,000 campaigners filled the square", "an estimated 300 people")
    const counted = /^an?$/.test(tokens[i - 1]!.lower) && tokens[i + 1]!.pos === 'NUM';
    if (!counted && tokens[i + 1]!.pos !== 'NOUN') continue;
    if (!counted && (!QUANTIFIERS.test(tokens[i - 1]!.lower) || tokens[i - 1]!.pos === 'NOUN'))
      continue;
    // ("Patrick and Meehan have all denied interest in the seat": a quantifier floating after an auxiliary leaves
    // the participle the verb of the perfect)
    if (!counted && tokens[i - 2]?.pos === 'AUX') continue;
    // (… or after its subject: "Reed and Schiff both raised concerns about …")
    if (
      !counted &&
      FLOATING_QUANTIFIERS.has(tokens[i - 1]!.lower) &&
      /^(?:PROPN|PRON|NOUN)$/.test(tokens[i - 2]?.pos ?? '')
    )
      continue;
    out ??= [...tokens];
    out[i] = retagged(t, 'ADJ', t.lower);
  }
  return out ?? tokens;
}
