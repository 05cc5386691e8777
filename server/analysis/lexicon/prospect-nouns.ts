/**
 * The nouns of a prospect or a need someone sees ("saw no current need for measures", "see little chance for a
 * recovery", "saw no reason to lower interest rates", "saw a growing likelihood that …"): seeing one is holding a view,
 * not a sight. Chosen by hand; every sentence of Reuters-21578 rounds 1108-1486 with "see" before one of them (22) was
 * labelled a report of the seer's view.
 */
export const PROSPECT_NOUNS: ReadonlySet<string> = new Set([
  'likelihood',
  'chance',
  'chances',
  'risk',
  'risks',
  'possibility',
  'danger',
  'need',
  'sign',
  'signs',
  'prospect',
  'prospects',
  'scope',
  'reason',
  'hope',
]);
