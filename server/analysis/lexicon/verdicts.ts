/**
 * Adjectives a court, an inquiry or an official body pronounces on a thing or a person: "the court found the order
 * unlawful" is the court's judgement, reported, not the writer's; "police found the room empty" is a state seen.
 * Chosen by hand from general legal English, not from any data set.
 */
export const VERDICT_ADJECTIVES: ReadonlySet<string> = new Set([
  'lawful',
  'unlawful',
  'legal',
  'illegal',
  'constitutional',
  'unconstitutional',
  'valid',
  'invalid',
  'void',
  'guilty',
  'innocent',
  'liable',
  'responsible',
  'negligent',
  'unfair',
  'discriminatory',
]);
