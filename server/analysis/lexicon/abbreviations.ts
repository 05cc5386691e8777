const words = (list: string) => new Set(list.trim().split(/\s+/));

/**
 * Abbreviations that always lead into more words (a title before a name, "e.g.", "vs.", a French saint's town:
 * "Ste. Therese", Reuters-21578 round 1390): a period after one of these never ends a sentence.
 */
export const LEADING_ABBREVIATIONS = words(`
  Mr Mrs Ms Messrs Mme Mlle Dr Prof Sen Sens Rep Reps Gov Govs Gen Brig Lt Col Capt Cpt Cmdr Adm Maj Sgt Cpl Pvt Spc Rev
  Hon Pres Supt Insp Det Fr Mt Ft Atty Rt Msgr Pfc vs v cf e.g i.e approx ca viz esp incl
  Ste
`);

/** Abbreviations that mean "number" and so abbreviate only before a digit ("No. 10", "Fig. 3"). */
export const NUMBER_ABBREVIATIONS = words('No no Nos Fig fig Vol vol p pp Art Sec Ch est c');

/**
 * Abbreviations that may also end a sentence ("… Apple Inc. The company …"). After these the period is a
 * boundary only when the next word plainly starts a new sentence (see SENTENCE_STARTERS). US state
 * abbreviations are here for AP-style place names ("Riverside, Calif. Gov. Gavin Newsom …"). Weekday
 * abbreviations are left out: "Sun" and "Wed" are too often words of their own.
 */
export const AMBIGUOUS_ABBREVIATIONS = words(`
  Inc Corp Ltd Co Bros Jr Sr St Ave Blvd Rd Dept Univ Assn Esq al etc
  Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec
  Ala Ariz Ark Calif Colo Conn Del Fla Ga Ill Ind Kan Ky La Md Mass Mich Minn Miss Mo Mont Neb Nev Okla Ore
  Pa Tenn Tex Va Vt Wash Wis Wyo
`);

/**
 * Legal forms of companies written after the name without inner dots ("Kft.", "GmbH.", "Pty."). They often end a
 * sentence, so after one the period is a boundary as after any word, except before a bracket, which adds to the
 * name: "the builder Nagy Kft. (Nagy Limited) bought …". Dotted forms ("S.A.", "S.p.A.") are initialisms already,
 * and "Inc", "Corp", "Ltd", "Co" are ambiguous abbreviations above.
 */
export const COMPANY_FORMS = words(`
  Kft Zrt Nyrt Bt GmbH gGmbH AG KG plc PLC Pty LLC LLP Oy Oyj AB ASA NV BV SpA Srl SARL Sarl SAS Bhd Tbk
`);

/**
 * The legal forms that close a company's name, in lower case ("Midland Bank Plc", "Pennzoil Co", "Gulf Canada
 * Resources Ltd"): a run of capitals ending on one names a company, never a person. The forms above, the ambiguous
 * "Inc", "Corp", "Ltd", "Co" and "SA", and the words they stand for.
 */
export const LEGAL_FORM_WORDS: ReadonlySet<string> = new Set([
  ...[...COMPANY_FORMS].map((form) => form.toLowerCase()),
  ...'inc corp ltd co sa limited incorporated corporation'.split(' '),
]);

/** Whether a word in lower case is a company's legal form, with or without its closing dot ("inc", "inc."). */
export function isLegalForm(lower: string): boolean {
  return LEGAL_FORM_WORDS.has(lower.endsWith('.') ? lower.slice(0, -1) : lower);
}

/** Whether a name closes on a company's legal form ("Allis-Chalmers Corp", "Texaco Inc."). */
export function endsInLegalForm(name: string): boolean {
  return isLegalForm(name.slice(name.lastIndexOf(' ') + 1).toLowerCase());
}

/**
 * Closed-class words (determiners, pronouns, conjunctions, prepositions, sentence adverbs, small numbers) that
 * commonly open a sentence but hardly ever continue a proper name: "the U.S. The next day" splits, "the U.S.
 * Army" does not.
 */
export const SENTENCE_STARTERS = words(`
  the a an this that these those it its he she they we i you his her their our my your there here
  but and or so yet however meanwhile nevertheless moreover furthermore also still then now later earlier
  today yesterday tomorrow instead despite although though while when where why how what who whom whose which
  if as after before during since until in on at by for from with without about under over into among
  against through according some many most all both each every several few other another such
  one two three four five six seven eight nine ten
  no not nor none neither either only even thus hence therefore indeed overall
`);

/** Small words that cannot end a sentence, so a paragraph ending in one is cut short. */
export const CONNECTIVES = words(`
  the a an of to and or but nor in on at for with by from into onto upon that which who whom whose as than
  its their his her our my your this these those is are was were be been has have had will would could should
`);
