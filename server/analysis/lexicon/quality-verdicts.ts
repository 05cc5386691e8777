/**
 * Words whose one sense is a grade of how well something was done or made: "a superb second half", "a woeful
 * display". Unlike "famous", "best" or "lucrative", which can be looked up, such a word is always someone's verdict,
 * and with no source named it is the writer's. Chosen by hand from general English, not from any data set; words
 * that also describe ("poor countries", "badly damaged", "outstanding debts", "a fine of", "an epic struggle", "in
 * great detail") are left out.
 */
export const QUALITY_VERDICTS: ReadonlySet<string> = new Set([
  'superb',
  'superbly',
  'excellent',
  'tremendous',
  'brilliant',
  'brilliantly',
  'marvellous',
  'magnificent',
  'magnificently',
  'wonderful',
  'fantastic',
  'terrific',
  'splendid',
  'sublime',
  'stunning',
  'dazzling',
  'glorious',
  'impressive',
  'impressively',
  'legendary',
  'remarkable',
  'phenomenal',
  'masterful',
  'memorable',
  'thrilling',
  'breathtaking',
  'woeful',
  'woefully',
  'dismal',
  'abysmal',
  'awful',
  'dreadful',
  'appalling',
  'lamentable',
  'shambolic',
  'sloppy',
  'scrappy',
  'lacklustre',
  'mediocre',
  'disappointing',
  'inept',
  'bad',
  // (session 20: grades the cue finder missed, from general English)
  'phenomenal',
  'lamentable',
  'scintillating',
  'majestic',
  'unerring',
  'paltry',
  'abject',
  'listless',
  'pulsating',
  'enthralling',
  'spectacular',
  'spectacularly',
  'astonishing',
  'pitiful',
  'uninspiring',
  'unconvincing',
  'forgettable',
  'tedious',
  'turgid',
  'superlative',
  // (session 27: a grade of a mistake, "a gross positioning error"; its terms of law and accounting, "gross
  // negligence", "gross tonnage", are neutral in TERM_HEADS)
  'gross',
]);

/**
 * Words by which a fact-checker grades a claim just reported: "That’s false.", "Not true.", "That’s not accurate."
 * (blind round 489). As the whole of a sentence they are the writer's verdict, even alone in an article that otherwise
 * reports. Chosen by hand from general English.
 */
export const TRUTH_VERDICTS: readonly string[] = [
  'true',
  'false',
  'accurate',
  'inaccurate',
  'correct',
  'incorrect',
  'misleading',
];
