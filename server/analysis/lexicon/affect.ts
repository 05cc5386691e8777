import type { Cue } from '../types.ts';

/**
 * Feelings the writer reads into a crowd, a public or nobody in particular. The nouns are the kinds of affect in
 * Martin & White (2005, The Language of Evaluation: un/happiness, in/security, dis/satisfaction) named as moods a
 * collective can hold; the verbs say how such a mood behaves over time. Chosen by hand from general English.
 */
const AFFECT_NOUNS = String.raw`(?:concerns?|fears?|worry|worries|anxiety|anxieties|unease|disquiet|alarm|anger|outrage|fury|frustrations?|resentment|discontent|dissatisfaction|disillusionment|dismay|disappointment|doubts?|scepticism|skepticism|suspicions?|distrust|mistrust|optimism|pessimism|hopes?|enthusiasm|euphoria|jubilation|grief|sorrow|despair|panic|hostility|anguish|apprehension)`;

// "concern continues to mount", "fears are growing", "doubts remain": the mood behaves like a thing in the world
const GROWTH = String.raw`(?:mount(?:s|ed)?|grow(?:s|n)?|grew|ris(?:e|es|en)|rose|deepen(?:s|ed)?|linger(?:s|ed)?|persist(?:s|ed)?|swirl(?:s|ed)?|spread(?:s)?|intensif(?:y|ies|ied)|heighten(?:s|ed)?|simmer(?:s|ed)?|escalat(?:e|es|ed)|surg(?:e|es|ed)|remain(?:s|ed)?|abound(?:s|ed)?|exist(?:s|ed)?)`;
const GROWING = String.raw`(?:mounting|growing|rising|deepening|lingering|persisting|swirling|spreading|intensifying|heightening|simmering|escalating|surging)`;
// what may stand between the mood and its verb: an auxiliary, a catenative verb ("continue to"), a focus adverb
const BETWEEN = String.raw`(?:(?:have|has|had|also|still|only|now|long|continue[sd]? to|continuing to|began to|begin to|started to|appear(?:s|ed)? to|seem(?:s|ed)? to) )*`;
// how much of a mood there is, before it in "there is growing concern": quantity and intensity, no source
const AMOUNT = String.raw`(?:also|still|now|growing|mounting|increasing|rising|renewed|lingering|widespread|deep|serious|considerable|real|genuine|palpable|public|popular|broad|wide|grave|great|some|many|much|little)`;
// a new or growing mood opening a sentence or a headline ("Renewed concern over …", "Growing anger at …")
const CHANGE = String.raw`(?:renewed|growing|mounting|rising|fresh|widespread|deepening|lingering|heightened|increasing)`;

/**
 * A collective mood stated as a fact, with no one who says they feel it: an unfalsifiable generalisation like
 * "questions remain" (guide rule 2). A mood someone voices is a report, which the attribution stage finds first
 * ("officials expressed concern", "there is skepticism among analysts"); a mood as the reason for an act ("closed
 * the road over fears of a landslide", "citing concerns") is left alone, since there it names a motive.
 */
export const AFFECT_PHRASES: readonly { re: RegExp; cue: Cue }[] = [
  {
    re: new RegExp(
      String.raw`\b${AFFECT_NOUNS} ${BETWEEN}(?:${GROWTH}|(?:is|are|was|were|been) (?:also |still )?${GROWING})\b`,
      'gi',
    ),
    cue: 'generalisation',
  },
  {
    re: new RegExp(
      String.raw`\bthere (?:is|are|was|were|has been|have been|had been|remains?|remained|seems to be|appears to be) (?:${AMOUNT} ){0,3}${AFFECT_NOUNS}\b`,
      'gi',
    ),
    cue: 'generalisation',
  },
  {
    re: new RegExp(String.raw`^(?:(?:but|and|yet),? )?${CHANGE} ${AFFECT_NOUNS}\b`, 'gi'),
    cue: 'generalisation',
  },
];

/**
 * Verbs of feeling towards a thing (Martin & White's affect as a mental process: "many residents still resent the
 * merger"): the writer states what others feel. Only verbs with no sense of saying or of mere liking ("enjoy a
 * majority" is having, "fear that" reports a view), so a that-clause after them is left to the attribution stage.
 */
export const AFFECT_VERBS: ReadonlySet<string> = new Set([
  'resent',
  'loathe',
  'despise',
  'detest',
  'distrust',
  'mistrust',
  'dread',
]);
