import type { Token } from './token.ts';
import { REPORTING_VERBS } from '../lexicon/reporting-verbs.ts';

/**
 * Whether the he/she at `i` is the subject of a tag set after the clause it reports: "And Tony Blair would lead the
 * campaign, he said." or "Mr Blair has failed, he claimed, saying …". The clause before the tag is the speaker's
 * words, so a person named in it is not the one the pronoun stands for. ("When Ann Berg arrived, she said that …" is
 * no tag: the verb goes on to a clause of its own.)
 */
export function isTagPronoun(tokens: Token[], i: number): boolean {
  if (tokens[i - 1]?.lower !== ',') return false;
  let verb = i + 1;
  while (tokens[verb]?.pos === 'ADV') verb++;
  const t = tokens[verb];
  const end = tokens[verb + 1];
  return (
    !!t && t.pos === 'VERB' && REPORTING_VERBS.has(t.lemma) && (!end || /^[.!?,;]$/.test(end.lower))
  );
}

/**
 * Where the clause a tag at `i` reports begins: right after the latest quoted word before it when a verb of saying
 * reports that quotation, else at the sentence's start. In "Al-Maliki … said the purpose “was only to deal with these
 * gangs”, some of whom, he says, are …" the tag reports only "some of whom … are", so al-Maliki, named before the
 * quotation, may still be its "he"; in "Mr Blair has “the same passion” as in 1997, he said" (BBC, blind round 631)
 * the tag reports the whole sentence, Mr Blair with it.
 */
export function taggedClauseStart(quoted: boolean[], i: number, tokens: Token[]): number {
  for (let k = i - 1; k >= 0; k--) {
    if (!quoted[k]) continue;
    let open = k;
    while (open > 0 && quoted[open - 1]) open--;
    for (let j = 0; j < open; j++) {
      const t = tokens[j]!;
      if ((t.pos === 'VERB' || t.pos === 'AUX') && REPORTING_VERBS.has(t.lemma)) return k + 1;
    }
    return 0;
  }
  return 0;
}
