/**
 * Appraisals with no neutral sense to fall back on: "fierce competition", "a tense relationship", "a desperate
 * bid", "the prestigious award". Unlike "famous", "best" or "leading", which a reader can check against a record,
 * each is the writer's reading of a quality, so one alone still frames (lone-cue.ts). Chosen by hand from general
 * English; on BBC rounds 47–202 (kept outside the project) a sentence framed on one of them alone was labelled
 * framing 70 times and fact 13 times.
 */
export const STANDING_APPRAISALS: ReadonlySet<string> = new Set([
  'fierce',
  'fiercely',
  'controversial',
  'controversially',
  'tense',
  'desperate',
  'desperately',
  'dramatic',
  'dramatically',
  'brave',
  'bravely',
  'prestigious',
  'immense',
  'gritty',
  'lively',
  'sparkling',
  'lucky',
  'nasty',
  'shrewd',
  'lavish',
  'perfect',
  'great',
  'greatest',
  // (session 27: only in the phrase of an unexpected result, "a surprise 3–1 defeat", lexicon/phrases.ts)
  'surprise',
  // (session 27: "the bitter dispute", like "fierce": the writer's reading of a quarrel's temper)
  'bitter',
  'bitterly',
  // (session 31: the writer reading a state of mind or a standing, over the blind rounds since 260 framing each time
  // they stood alone: "Republicans are eager to pass the legislation" 4 of 4, "embattled" 2 of 2, "daring" 2 of 2)
  'eager',
  'embattled',
  'daring',
  // (… and "combative", "setback", "dogged": framing 12 times of 14 across the blind rounds' gold, the other two in
  // someone's words)
  'combative',
  'setback',
  'setbacks',
  'dogged',
]);
