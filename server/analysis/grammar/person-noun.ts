import { ANONYMOUS_HEADS, LAY_PEOPLE, TITLES } from '../lexicon/people.ts';
import { OCCUPATIONS } from '../lexicon/occupations.ts';

/**
 * Whether a common noun names a person: an unnamed source's head ("officials"), people by circumstance ("victims"),
 * an occupation or a title. Shared by the speaker search and the source cues, so that both count the same people.
 */
export function isPersonNoun(noun: string): boolean {
  return (
    ANONYMOUS_HEADS.has(noun) || LAY_PEOPLE.has(noun) || OCCUPATIONS.has(noun) || TITLES.has(noun)
  );
}

/** Whether a noun, or its singular without a plain -s, names a person: "officials", "traders", "dealers". */
export function isPersonNounOrPlural(noun: string): boolean {
  return isPersonNoun(noun) || isPersonNoun(noun.replace(/s$/, ''));
}
