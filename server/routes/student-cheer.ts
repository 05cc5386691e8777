// A few words on a right answer: varied so it does not read as a stamp, fixed per question so a reload agrees.
const CHEERS = [
  'Sharp eyes!',
  'Well spotted.',
  'Exactly right.',
  'Nicely read.',
  'You’ve got it.',
  'Spot on.',
];

/** The encouragement shown on the feedback page of the n-th question after a right answer. */
export function cheerFor(n: number): string {
  return CHEERS[(n - 1) % CHEERS.length]!;
}
