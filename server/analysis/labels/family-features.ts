import type { LabelFeature } from './feature.ts';

// each attribution family the sources stage reports (Attribution.families) and why it should matter; its feature
// is `fam:<family>`, 1 when the sentence's attribution rests on that family
const FAMILIES: readonly [family: string, why: string][] = [
  ['stance', 'a stated stance of a source ("welcomed", "opposes") reports a view'],
  ['verb', 'a reporting verb with a source subject is the commonest report'],
  ['hearsay', 'a passive report ("is said to", "was reported") has a hidden source'],
  ['view', 'a view verb ("believes") reports a mind, not a fact'],
  ['rumour', 'rumour nouns mark a claim nobody vouches for'],
  ['publication', 'a publication reporting ("the paper reported")'],
  ['agent', 'a report with its agent after it ("… by officials")'],
  ['talk', 'talk verbs ("spoke of") carry someone’s words'],
  [
    'headline-tag',
    'a headline’s source tag before or after a colon, or its predicate in quotation marks',
  ],
  ['stance-adjective', 'a source "concerned that" or "critical of" states a view'],
  ['named-quote', 'a direct quotation of someone the article names'],
  ['block', 'inside a quoted block, every sentence is the speaker’s'],
  ['endorsed', 'the writer assents to the report ("…, and it is"): the claim is the writer’s'],
];

/** One feature per attribution family. */
export const FAMILY_FEATURES: readonly LabelFeature[] = FAMILIES.map(([family, why]) => ({
  name: `fam:${family}`,
  why,
  value: (c) => (c.e.attribution.families ?? []).includes(family),
}));
