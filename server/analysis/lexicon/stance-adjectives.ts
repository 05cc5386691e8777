/**
 * Adjectives that give a person's stance towards a proposition or a thing, chosen by hand (from no data set) after the
 * adjectives of Quirk et al. 1985 (§16.69, §16.70) that take a that-clause (certainty and emotion) or an "of" phrase
 * naming what is judged. Predicated of a source ("analysts are sceptical that …", "the leader was critical of the
 * raids") they report the source's view, as "felt that" or "criticised" would.
 */

// with a that-clause or a bare clause: "residents are worried the plant will close"
export const CLAUSE_STANCE_ADJECTIVES: ReadonlySet<string> = new Set(
  (
    'sure certain confident convinced doubtful unsure uncertain unconvinced adamant ' +
    'concerned worried afraid fearful hopeful optimistic pessimistic sceptical skeptical anxious alarmed ' +
    // a grievance with its clause, as voiced: "analysts were disappointed that Yugansk would not be included"
    // (BBC business, blind round 641)
    'disappointed dismayed frustrated angry upset unhappy furious outraged'
  ).split(' '),
);

// with an "of" phrase naming what is judged: "the union was critical of the cuts"
export const OF_STANCE_ADJECTIVES: ReadonlySet<string> = new Set(
  'critical sceptical skeptical supportive wary suspicious dismissive scornful contemptuous'.split(
    ' ',
  ),
);

// with a phrase naming what the feeling is about: "privacy advocates are concerned by the software", "the union is
// unhappy at the plans", "residents were angry about the delays" (Quirk et al. §16.69, adjectives of emotion): a
// grievance or worry, which people voice; joy ("delighted with the win") stays the writer's reading, like "enjoyed"
export const ABOUT_STANCE_ADJECTIVES: ReadonlySet<string> = new Set(
  (
    'concerned worried anxious alarmed unhappy angry upset disappointed furious dismayed ' +
    'frustrated outraged ' +
    // … and a view of prospects: "many analysts were upbeat about the prospects for the economy"
    'upbeat optimistic pessimistic bullish gloomy ' +
    // … and doubt or trust about a plan: "some farmers are sceptical about the proposals" (blind round 638), "industry
    // sources were more uncertain about prospects for the deal" (Reuters-21578, round 1199)
    'sceptical skeptical confident hopeful doubtful uncertain unsure ' +
    // … and care: "the system spokesman Beesley were cautious about proposals for a secondary market" (Reuters-21578,
    // round 1149)
    'cautious'
  ).split(' '),
);

// the prepositions that name what such a feeling is about
// (… and "on" as markets write it, "confident on loan repayments", "bullish on bonds"; and "despite" what might change
// the view, "optimistic despite losses", Reuters-21578 rounds 1157, 1163)
export const ABOUT_LINKS: ReadonlySet<string> = new Set([
  'about',
  'by',
  'at',
  'over',
  'with',
  'on',
  'despite',
]);

// verbs that link a subject to a state as "be" does: "the company remained optimistic about its outlook" (blind round
// 638); chosen by hand from the copular verbs of English grammars
export const LINKING_STATES: ReadonlySet<string> = new Set(['remain', 'stay']);
