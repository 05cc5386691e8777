/**
 * Graduation by force (Martin & White 2005, "The Language of Evaluation"): adverbs that turn a description up.
 * They count only when they modify an adjective, adverb or verb, so "most people" (a quantity) is not one.
 */
export const INTENSIFIERS: ReadonlySet<string> = new Set([
  'most',
  'very',
  'particularly',
  'especially',
  'deeply',
  'extremely',
  'highly',
  'incredibly',
  'utterly',
  'truly',
  'really',
  'remarkably',
  'exceptionally',
  'hugely',
  'immensely',
  'profoundly',
  'enormously',
  'vastly',
  'absolutely',
  'totally',
  'so',
  'quite',
  'increasingly',
]);

/**
 * Adjectives of graduation by force that grade how bad a harm is, the adjectival side of "severely" (Martin & White
 * 2005): "developed severe eczema", "severe storms" size the illness or the weather the noun names; they turn a
 * description up like "very", they don't judge. Hand-chosen from general English; AFINN scores "severe" as a judgement.
 */
export const GRADING_ADJECTIVES: ReadonlySet<string> = new Set(['severe']);

/**
 * Amplifying adjectives and adverbs of scale and drama that the AFINN valence list leaves out because they carry
 * force rather than polarity ("seismic shift", "sweeping overhaul", "unprecedented authority").
 */
export const AMPLIFIERS: ReadonlySet<string> = new Set([
  'unprecedented',
  'seismic',
  'sweeping',
  'sprawling',
  'dramatic',
  'dramatically',
  'radical',
  'radically',
  'stark',
  'starkly',
  'profound',
  'formidable',
  'perilous',
  'massive',
  'staggering',
  'monumental',
  'colossal',
  'drastic',
  'draconian',
  'brazen',
  'blatant',
  'egregious',
  'rampant',
  'relentless',
  'unbridled',
  'sharp',
  'sharply',
  'aggressively',
  'countless',
  // ("enormous amounts of data", "an epic contest": size and grandeur by the writer's measure; "an enormous rise"
  // still sizes a change, framing/valence.ts. "huge" and "whopping" measure plain size in news too often: "the huge
  // study", "a whopping $25,000")
  'enormous',
  'immense',
  'tremendous',
  'epic',
  'gigantic',
  'mammoth',
]);

/** Boosters (Hyland 2005): the writer insisting on a claim's truth — weak alone, telling in company. */
export const BOOSTERS: ReadonlySet<string> = new Set([
  'actually',
  'simply',
  'indeed',
  'truly',
  'plainly',
  'evidently',
]);

/**
 * Focus and approximating adverbs in -ly that narrow a claim rather than turn it up ("only civil servants",
 * "partly due"), time or sequence adverbs, and manner adverbs that say how or by whom ("publicly available", "jointly
 * owned"): none of them grades the adjective after it.
 */
export const LIMITERS: ReadonlySet<string> = new Set([
  'only',
  'partly',
  'mostly',
  'largely',
  'mainly',
  'nearly',
  'roughly',
  'slightly',
  'early',
  'daily',
  'weekly',
  'monthly',
  'yearly',
  'likely',
  'newly',
  'fully',
  'equally',
  'similarly',
  'recently',
  'currently',
  'previously',
  'formerly',
  'initially',
  'separately',
  'respectively',
  'approximately',
  'publicly',
  'privately',
  'freely',
  'openly',
  'jointly',
  'directly',
  'locally',
]);
