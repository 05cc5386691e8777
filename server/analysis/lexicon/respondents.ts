/**
 * Participles of asking that, after "those" or a plural noun, name the people a survey asked ("those questioned said",
 * "voters polled believe"), chosen by hand from survey reporting; such a phrase is a source like "residents".
 */
export const RESPONDENT_PARTICIPLES: ReadonlySet<string> = new Set(
  'questioned surveyed polled interviewed asked consulted sampled'.split(' '),
);
