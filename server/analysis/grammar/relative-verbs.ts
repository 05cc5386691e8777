import { retagged, type Token } from './token.ts';
import { QUANTITY_HEADS } from '../lexicon/subject-pieces.ts';

// the word after a relative's verb that shows the plural-looking word was the verb ("which controls Yukos", "that owns
// the club", "which controls 51% of it", "which makes them"); after a noun that is the clause's subject comes its
// verb instead ("which critics say", "that prices rose")
const OBJECT_OPENING = /^(?:DET|PROPN|NUM|PRON)$/;

// "LokiTorrent, a Web site that tracks files, says" (blind round 793), "a group which monitors elections in Africa":
// a bare plural after the word closes the clause at a comma, a preposition or a conjunction, so it is the verb's
// object; "which critics say is flawed" has its verb there instead
function bareObject(tokens: Token[], k: number): boolean {
  const after = tokens[k + 1];
  return tokens[k]?.pos === 'NOUN' && (!after || /^(?:PUNCT|ADP|CCONJ)$/.test(after.pos));
}

/**
 * "Angus King, an independent who caucuses with Democrats, said …": after a relative "who", wink-nlp may read a verb
 * in -s as a plural noun ("caucuses", "votes", "chairs"), and the relative clause then looks like a noun phrase the
 * walk back from "said" takes for its subject. A relative "who" is never followed by a noun, so a plural-looking noun
 * right after it is the clause's verb. After "which" or "that" a noun may open the clause's subject ("the law, which
 * critics say is flawed", "the fact that prices rose"), so there the word must also be followed by what opens an
 * object: "Group Menatep, the holding company which controls 51% of Yukos, says this was illegal" (round 650). A new
 * array and new tokens only when a sentence has one.
 */
export function retagRelativeVerbs(tokens: Token[]): Token[] {
  let out: Token[] | null = null;
  for (let i = 1; i + 1 < tokens.length; i++) {
    const word = tokens[i]!.lower;
    if (word !== 'who' && word !== 'which' && word !== 'that') continue;
    // (a relative, after the noun, name or adjective it describes ("an independent who …") or a comma: "Who votes?"
    // asks); "that" only right after a noun or name ("said that costs rose" is a clause, not a relative)
    const before = tokens[i - 1]!.pos;
    // ("some who work at British newspapers say", Dragnet round 1116: or a pronoun of quantity tagged as a determiner)
    const quantity = word === 'who' && QUANTITY_HEADS.has(tokens[i - 1]!.lower);
    if (!/^(?:NOUN|PROPN|ADJ|PUNCT)$/.test(before) && !quantity) continue;
    if (word === 'that' && !/^(?:NOUN|PROPN)$/.test(before)) continue;
    const t = tokens[i + 1]!;
    if (t.pos !== 'NOUN') continue;
    // (after "who" a plural's bare verb before a preposition too: "who work at", "who live in"; after "which" and
    // "that" only a form in -s)
    const inS = /[^s]s$|ches$|shes$|ses$/.test(t.lower);
    if (!inS && (word !== 'who' || tokens[i + 2]?.pos !== 'ADP')) continue;
    if (
      word !== 'who' &&
      !OBJECT_OPENING.test(tokens[i + 2]?.pos ?? '') &&
      !bareObject(tokens, i + 2)
    )
      continue;
    out ??= [...tokens];
    // (the noun's lemma, "caucus", is the verb's too)
    out[i + 1] = retagged(t, 'VERB');
  }
  return out ?? tokens;
}
