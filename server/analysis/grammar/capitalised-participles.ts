import { isPossessiveMark, retagged, startsUpper, type Token } from './token.ts';

// the verbs of saying that most often follow a firm's name opening a wire sentence
const OPENING_SAYS = new Set(['said', 'says', 'reported', 'announced', 'told']);

/**
 * "An Associated Press journalist in the area also reported …", "The Associated Press reported": after an article,
 * wink-nlp may read a capitalised participle opening a name as a verb ("Associated"), so the name loses its first
 * word and the phrase before the sentence's verb ends at the article. Between an article and a capitalised name
 * word it opens the name (AEB page of RT, blind round 917). A new array and new tokens only when a sentence has one.
 */
export function retagCapitalisedParticiples(tokens: Token[], text: string): Token[] {
  let out: Token[] | null = null;
  // "Redding Research's LaTronica said …" (Reuters-21578, round 1402): a capitalised word in -ing before a name, its
  // possessive and another name is the firm's name, not a gerund with its object
  for (let i = 0; i + 3 < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.pos !== 'VERB' || !t.lower.endsWith('ing') || !startsUpper(text, t)) continue;
    const [name, mark, owned] = [tokens[i + 1]!, tokens[i + 2], tokens[i + 3]!];
    if (name.pos !== 'PROPN' || !isPossessiveMark(mark) || owned.pos !== 'PROPN') continue;
    if (!startsUpper(text, name) || !startsUpper(text, owned)) continue;
    out ??= [...tokens];
    out[i] = retagged(t, 'PROPN', t.lower);
  }
  // "Applied Biosystems said it …", "Consolidated Freightways said" (Reuters-21578, round 1430): a capitalised
  // participle opening a sentence, then names and a verb of saying, opens the name of who says
  for (let i = 0; i + 2 < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.pos !== 'VERB' || !t.lower.endsWith('ed') || !startsUpper(text, t)) continue;
    if (i > 0 && !/[.!?]\s*$|\n\s*$/.test(text.slice(tokens[i - 1]!.start, t.start))) continue;
    let k = i + 1;
    while (k < tokens.length && tokens[k]!.pos === 'PROPN' && startsUpper(text, tokens[k])) k++;
    if (k === i + 1 || k > i + 4 || !OPENING_SAYS.has(tokens[k]?.lower ?? '')) continue;
    out ??= [...tokens];
    out[i] = retagged(t, 'PROPN', t.lower);
  }
  for (let i = 1; i + 1 < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.pos !== 'VERB' || !t.lower.endsWith('ed') || !startsUpper(text, t)) continue;
    if (!/^(?:the|an?)$/.test(tokens[i - 1]!.lower)) continue;
    const next = tokens[i + 1]!;
    if (next.pos !== 'PROPN' || !startsUpper(text, next)) continue;
    out ??= [...tokens];
    out[i] = retagged(t, 'PROPN', t.lower);
  }
  return out ?? tokens;
}
