/**
 * Nouns for a plan a body sets out, chosen by hand from news about parties, firms and governments (no data set):
 * "the Tories unveiled plans to abolish 162 quangos" announces the plan, a claim of its makers, where "unveiled a
 * statue" is an act.
 */
export const PLAN_NOUNS: ReadonlySet<string> = new Set(
  (
    'plan plans proposal proposals policy policies strategy manifesto budget measures scheme package blueprint ' +
    'reform reforms programme program details'
  ).split(' '),
);

/**
 * What a speaker plays down in words ("played down fears of a strike", "plays down European hopes"), chosen by hand
 * from news usage; "played down the wing" is a game.
 */
export const PLAYED_DOWN: ReadonlySet<string> = new Set(
  // ("LaVar Ball … has played down Trump's involvement in the three athletes' release", blind round 413)
  'hope fear concern worry talk suggestion report rumour rumor claim chance prospect risk threat significance importance idea speculation involvement role'.split(
    ' ',
  ),
);
