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
