/** Titles and roles that stand before a name but are not part of it ("President", "Captain", "Sheriff"). */
export const TITLES: ReadonlySet<string> = new Set(
  (
    'president vice prime minister captain chairman chairwoman chair sheriff coach judge justice detective inspector ' +
    'dr doctor mr mrs ms miss mme mr. mrs. ms. dr. sir dame lord lady senator sen sen. representative rep rep. ' +
    'congressman congresswoman ' +
    // the plural offices before two names or more ("said Sens. Dick Durbin and Patrick Leahy", BASIL round 1794)
    'senators sens sens. representatives reps reps. congressmen governors govs govs. ' +
    'speaker governor gov mayor director chief secretary undersecretary general officer leader spokesman spokeswoman spokesperson ' +
    // a broadcaster's role before the name ("Virgin Radio DJ Pete Mitchell")
    'dj presenter ' +
    'professor prof prof. king queen prince princess deputy commissioner ambassador lt col sgt sergeant lieutenant ' +
    'colonel superintendent constable whip executive premier chancellor pope cardinal bishop rev reverend father ' +
    'sister brother saint st pastor rabbi imam attorney councillor councilor commander admiral marshal agent ' +
    'operation half back minority majority archbishop monsignor monsenor monseñor ' +
    // the naval and army ranks the lists above missed ("Commodore Mohammed Hoseyn Malekzadegan told a news
    // conference", Reuters-21578, round 1461)
    'commodore brigadier corporal ' +
    'mp mep mla msp mpp fellow researcher scientist economist analyst lecturer ' +
    'administrator teammate manager candidate nominee founder cofounder ceo lawyer prosecutor envoy negotiator ' +
    // a legal or political adviser's office before the name ("White House Counselor Kellyanne Conway", "White House
    // counsel Don McGahn"; PTC page, blind round 994)
    'counselor counsellor counsel ' +
    // a prime minister abbreviated before the name in headlines and wire copy ("Hungary PM Viktor Orban", PTC page,
    // blind round 1005)
    'pm ' +
    // the other chief officers a firm's name puts before their holder, as "CEO" does ("Verizon CIO Shaygan Kheradpir",
    // goose3 test page, blind round 846)
    'cfo cio cto coo cmo ciso ' +
    // shared and second offices written as one hyphened word ("Tory co-chairman Liam Fox")
    'co-chairman co-chairwoman co-chair co-founder co-leader vice-president vice-chairman vice-chair ' +
    'editor correspondent reporter actor actress singer player striker goalkeeper midfielder trainer teacher ' +
    'capt capt. gen gen. col. lt. sgt. gov. supt supt. det det. insp insp. cmdr cmdr. adm adm. cpl cpl. maj maj. ' +
    // (… and those wink-nlp cuts from their period, joined again by grammar/abbreviated-titles.ts)
    'rev. fr. msgr. atty. pres. pvt. brig. ' +
    // occupations that stand before a name in news copy ("Historian Ann Lee", "lawmaker Jo Roe"), chosen by hand
    'author writer performer producer developer designer engineer architect entrepreneur historian librarian poet ' +
    'comedian lawmaker legislator delegate pollster adviser advisor consultant aide organizer organiser volunteer ' +
    'nurse surgeon paramedic firefighter trooper student survivor anchor commentator pundit staffer treasurer ' +
    // the holder of an office named by what they lead: "Head of the Water Authority Ann Lee"
    'head ' +
    // offices and honorifics of other countries and faiths that English news writes untranslated before a name
    // ("Taoiseach Brian Cowen", "Sheikh Hamad bin Khalifa", "Ayatollah Ali Sistani"), from general knowledge of
    // heads of government, peerage and clergy
    // (… in the spellings American copy uses too: "Sheik Abdel Moneim el-Shahat", Dragnet page of the New York Times,
    // blind round 945)
    'taoiseach tánaiste tanaiste sheikh shaikh sheik ayatollah mullah patriarch baroness viscount ' +
    'ombudsman magistrate consul nuncio'
  ).split(' '),
);

/** What a place glued by a hyphen before a body's kind says of it: "the London-based firm", "a Paris-headquartered bank". */
export const PLACED_PARTICIPLES: ReadonlySet<string> = new Set(['based', 'headquartered']);

/** Bodies named by one word of their own, which is no common noun: news agencies, broadcasters, platforms. */
export const BODY_NAMES: ReadonlySet<string> = new Set(
  'reuters cnn bbc abc nbc cbs ap afp twitter facebook'.split(' '),
);

/** Words that end the name of a body or place, not a person ("Thames Valley Police", "Santa Cruz Island"). */
export const ORG_WORDS: ReadonlySet<string> = new Set([
  ...(
    'house department police committee council association court times news guard party government ministry agency ' +
    'office company corporation inc ltd group bank service services commission union network institute foundation ' +
    'industry industries ' +
    'organization organisation administration force forces army navy military post press journal today daily herald tribune ' +
    'club team fc university college school hospital county city state states kingdom republic island islands ' +
    'palace street road avenue coast river park bay valley lake mountain zoo international nations senate congress ' +
    // places named after their kind, like "street" above: "Horse Guards Parade", "Madison Square Garden's plaza"
    'parade plaza boulevard stadium arena gardens ' +
    'parliament assembly ' +
    // a regulator named after its work: "the Government Bank Inspectorate said … The Inspectorate statement said"
    // (Reuters-21578, round 1488)
    'inspectorate ' +
    // bodies of government named after their kind: "Senate Democratic Caucus", "Counter Terrorism Command"
    'caucus command division bureau unit directorate tribunal legislature cabinet coalition alliance secretariat ' +
    'centre center fund board authority authorities federation league cup airport station church museum ' +
    // (… and a trading business or place: "Whole Foods Market", whom a later "he" took for a man, blind round 814)
    'market markets ' +
    // heads of organisations, media and events a capitalised run ends in, from the common kinds of proper names in
    // English grammars (institutions, the press, broadcasters, armed units, meetings); "Red Cross Society" is no person
    // for a later "she". Words that are also common surnames (Hall, Church, Sun) are left out
    'society trust movement front brigade brigades corps regiment battalion embassy consulate mission academy ' +
    'institution laboratory observatory prison airline airlines airways railway railways channel radio television ' +
    'broadcasting magazine gazette telegraph chronicle review convention conference summit festival olympics ' +
    // a tournament named after its kind ("The 1998 French Open champion", "the World Cross Country Championships"),
    // no person for a later "he" or "the 30-year-old"
    'open championship championships games tournament trophy marathon prix awards ' +
    // unions of states named after their kind: "Andean Community", "Warsaw Pact", "the trade bloc"
    'community pact bloc ' +
    // a body named after what it runs: "World Food Programme", "Space Launch Program"
    'programme program ' +
    // firms named after their trade: "Lionhead Studios", "Def Jam Records", "Universal Pictures", "Pyra Labs",
    // "Dick Clark Productions"
    'studio studios records pictures productions entertainment software systems labs technologies holdings motors games ' +
    // (… and its industry: "Diamond Shamrock Refining and Marketing Co", whose "Refining" a later "he" took for a
    // man's surname, Reuters-21578, round 1381)
    'refining mining marketing trading publishing shipping engineering manufacturing drilling chemicals ' +
    'electronics pharmaceuticals utilities ' +
    // (… or the partnership it is: "General Partners", whose "General" was taken for a rank, round 1390)
    'partners associates ' +
    // a market's measure: "the Dow Jones Industrial average", whose capitalised words a later "she" took for a
    // woman (round 1404)
    'average index industrial industrials ' +
    // venues ("Seville's Olympic Stadium", "Wembley Arena"), no person for "said the American"
    'stadium arena velodrome racecourse circuit ' +
    // ensembles and prize shows ("The Boys Choir of Harlem", "the London Symphony Orchestra", "MTV Europe Awards")
    'choir chorus orchestra philharmonic ensemble quartet awards'
  ).split(' '),
  ...BODY_NAMES,
]);

/**
 * Heads in ORG_WORDS that name a place, a venue, an event or a product: a body only as the end of a capitalised name
 * ("Wembley Stadium said", "the Commonwealth Games announced"); written in lower case they are the thing itself and
 * say nothing ("Chilean typical games highlighted the event", "the road shows signs of wear"). Taken by hand from the
 * list above.
 */
export const THING_KINDS: ReadonlySet<string> = new Set(
  (
    'palace street road avenue coast river park bay valley lake mountain zoo island islands parade plaza boulevard ' +
    'stadium arena gardens airport station church museum velodrome racecourse circuit open championship ' +
    'championships games tournament trophy marathon prix awards festival olympics summit conference convention ' +
    'cup studio studios records pictures software systems labs technologies motors'
  ).split(' '),
);

/**
 * A firm's legal form closing its full name ("Haw Par Corporation", "Acme Ltd", "Tesco plc"), which copy often drops
 * after naming the firm in full once ("Haw Par has pledged …"). The common forms of company law in English-speaking
 * countries.
 */
export const LEGAL_FORMS: ReadonlySet<string> = new Set(
  'corporation corp corp. inc inc. incorporated ltd ltd. limited plc llc company co co. holdings'.split(
    ' ',
  ),
);

/** Heads of a source phrase that leave the source unnamed: "U.S. officials", "critics", "a spokesman". */
export const ANONYMOUS_HEADS: ReadonlySet<string> = new Set(
  (
    'official officials critic critics analyst analysts expert experts source sources people person persons ' +
    'spokesman spokeswoman spokesperson spokespeople representative representatives resident residents witness ' +
    'witnesses observer observers some many others other insider insiders member members lawmaker lawmakers ' +
    'diplomat diplomats authorities leaders leader scholar scholars advocate advocates supporter supporters ' +
    'opponent opponents protester protesters protestor protestors report reports media someone one several few ' +
    'most all aide aides staff employee employees worker workers officer officers investigators investigator ' +
    'scientists researchers doctors activists campaigners commentators observers voters citizens locals ' +
    // a body's people together: "The Senate Democratic leadership indicated last month that …", "management believes
    // …" (Reuters-21578, rounds 1152, 1159)
    'leadership management'
  ).split(' '),
);

/**
 * Plain words for people by faith, place or circumstance, who speak as themselves in news copy ("“…,” warned one
 * devotee", blind round 263; "said a passer-by"). Chosen by hand from general news usage.
 */
export const LAY_PEOPLE: ReadonlySet<string> = new Set(
  (
    'devotee devotees follower followers believer believers pilgrim pilgrims worshipper worshippers parishioner ' +
    'parishioners villager villagers neighbour neighbours neighbor neighbors bystander bystanders passer-by ' +
    'onlooker onlookers survivor survivors victim victims mourner mourners shopper shoppers commuter commuters ' +
    'passenger passengers tourist tourists visitor visitors student students pupil pupils parent parents mother ' +
    'father teacher teachers nurse nurses patient patients refugee refugees migrant migrants fan fans spectator ' +
    'spectators eyewitness eyewitnesses man woman men women civilian civilians child children user users customer ' +
    'customers consumer consumers ' +
    // ("Voter Kitty Mak told The Atlantic", Wikinews, blind round 1682)
    'voter voters'
  ).split(' '),
);

/** Abbreviated titles and the office they stand for, so "Gov. John Doe" is later "the governor". */
export const TITLE_ABBREVIATIONS: Readonly<Record<string, string>> = {
  'sen.': 'senator',
  sen: 'senator',
  'rep.': 'representative',
  rep: 'representative',
  // (… and the word for the same office: "Rep. Elijah Cummings … the Maryland congressman said", blind round 542)
  congressman: 'representative',
  congresswoman: 'representative',
  'gov.': 'governor',
  gov: 'governor',
  'gen.': 'general',
  gen: 'general',
  'lt.': 'lieutenant',
  lt: 'lieutenant',
  'col.': 'colonel',
  'sgt.': 'sergeant',
  sgt: 'sergeant',
  'capt.': 'captain',
  capt: 'captain',
  'prof.': 'professor',
  prof: 'professor',
  'dr.': 'doctor',
  dr: 'doctor',
  'supt.': 'superintendent',
  'det.': 'detective',
  'insp.': 'inspector',
  'cmdr.': 'commander',
  'adm.': 'admiral',
  // ("Pres. Obama admits … “…,” the president told The Atlantic", PolNeAR round 1748)
  'pres.': 'president',
  pres: 'president',
};

/** Members of a party or a political camp: "The Oregon Democrat", "House Republicans" name no one by name. */
export const PARTY_MEMBERS: ReadonlySet<string> = new Set(
  // (and Britain's "Tory Dominic Grieve", "Lib Dem Norman Baker", where the party's nickname stands before the name)
  'democrat democrats republican republicans independent independents conservative conservatives liberal liberals tory tories dem dems'.split(
    ' ',
  ),
);

/** Kinship nouns that say the person's sex, for "The father said" → the man the article named. */
export const KIN_MALE: ReadonlySet<string> = new Set(
  'father husband son brother grandfather uncle dad stepfather boyfriend widower'.split(' '),
);
export const KIN_FEMALE: ReadonlySet<string> = new Set(
  'mother wife daughter sister grandmother aunt mom mum stepmother girlfriend widow'.split(' '),
);

export const MALE = new Set(['he', 'him', 'his', 'himself']);
export const FEMALE = new Set(['she', 'her', 'hers', 'herself']);
export const HONORIFIC_GENDER: Readonly<Record<string, 'm' | 'f'>> = {
  mr: 'm',
  'mr.': 'm',
  mrs: 'f',
  'mrs.': 'f',
  ms: 'f',
  'ms.': 'f',
  miss: 'f',
  mme: 'f',
  sir: 'm',
  dame: 'f',
  lady: 'f',
  lord: 'm',
};

/** Words that start a clause whose verb is a side detail, not the sentence's main claim. */
export const SUBORDINATORS: ReadonlySet<string> = new Set(
  'which who whom whose while although though as because since if when whereas unless whether after before once until where'.split(
    ' ',
  ),
);

/** Whether a lower-cased word ends a body's name, in the plural too ("centers", "institutes"). */
export function isBodyWord(lower: string): boolean {
  return ORG_WORDS.has(lower) || ORG_WORDS.has(lower.replace(/s$/, ''));
}

// a shared or second role: "Co-developer Jing Wang", "Vice-chair Ann Lee" (a constant: tsx builds a \p{…} pattern
// written inline anew on every call, grammar/letters.ts)
const SHARED_ROLE = /^(?:co|vice)-\p{Ll}{3,}$/u;

/** Whether a capitalised word is a title, allowing one typo in a long one ("Represenative") when `fuzzy`. */
export function isTitle(lower: string, fuzzy = true): boolean {
  if (TITLES.has(lower)) return true;
  // (the prefix first, by startsWith: this is asked of every capitalised word)
  if ((lower.startsWith('co-') || lower.startsWith('vice-')) && SHARED_ROLE.test(lower))
    return true;
  if (!fuzzy) return false;
  if (lower.length < 7) return false;
  // an office held by a man or a woman: "Assemblywoman Jane Roe", "Councilman John Doe"
  if (
    /^(?:assembly|congress|council|alder|chair|spokes|committee|police|fire)(?:wo)?m[ae]n$/.test(
      lower,
    )
  )
    return true;
  // a profession before a name: "Immunologist Kristian Andersen", "Economist Jane Doe"
  if (/(?:ist|ician)$/.test(lower)) return true;
  let known = typos.get(lower);
  if (known === undefined) {
    known = [...TITLES].some(
      // (titles of eight letters or more: "Justine" is one letter from "justice" and a given name)
      (t) => t.length >= 8 && Math.abs(t.length - lower.length) <= 1 && editDistance(t, lower) <= 1,
    );
    typos.set(lower, known);
  }
  return known;
}

const typos = new Map<string, boolean>();

/**
 * Edits between two words, counting two neighbouring letters typed in the wrong order as one ("Demriel" for "Demirel"),
 * the commonest slip of typing after a letter left out or put in (optimal string alignment distance).
 */
export function editDistance(a: string, b: string): number {
  let before: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      let d = Math.min(
        prev[j]! + 1,
        row[j - 1]! + 1,
        prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        d = Math.min(d, before[j - 2]! + 1);
      row.push(d);
    }
    before = prev;
    prev = row;
  }
  return prev[b.length]!;
}

/** Words that make a title another office, or one no longer held: "Vice President", "former President", "Deputy Mayor". */
export const OFFICE_MODIFIERS: ReadonlySet<string> = new Set([
  'vice',
  'deputy',
  'former',
  'assistant',
  'under',
  'lieutenant',
  'ex',
  // the opposition's spokesman for an office in Westminster style: "shadow chancellor Oliver Letwin" is no chancellor
  'shadow',
]);

/**
 * The kinds of body a report names its subject by after naming it ("Amnesty International … the group said", "The World
 * Food Programme … the agency said"), and that stand before a body's name ("the electronics firm Montrose Secam"); not
 * the state's own bodies (government, ministry, police, court), which news names by place or by their own noun.
 * Chosen by hand from business and general news copy.
 */
export const BODY_KINDS: ReadonlySet<string> = new Set(
  (
    'company firm group agency organisation organization charity airline carrier bank union network broadcaster ' +
    'newspaper association foundation institute watchdog body society trust movement manufacturer maker retailer ' +
    'operator utility insurer lender publisher developer seller supplier provider giant'
  ).split(' '),
);

/**
 * The kinds above that stand for a firm alone, so "the company said" in a story opened by a firm saying something is
 * that firm ("the union said" or "the agency said" may be another body altogether).
 */
export const FIRM_KINDS: ReadonlySet<string> = new Set(['company', 'firm']);

/**
 * The kinds of body above that never describe a person before a name: "the electronics firm Montrose Secam" names a
 * body, where "fellow broadcaster Michael Pointon" and "publisher Ann Lee" name people ("technology giant Hewlett
 * Packard" names a body too: a giant is a firm or a club before a name).
 */
export const BODY_ONLY_KINDS: ReadonlySet<string> = new Set(
  [...BODY_KINDS].filter(
    (kind) =>
      !/^(?:broadcaster|maker|developer|publisher|seller|supplier|provider|operator|lender|body)$/.test(
        kind,
      ),
  ),
);

/**
 * Words naming a government's portfolio, which end an office's long name before the holder's ("Minister for Defence
 * Ignazio La Russa", "Adviser for Homeland Security and Counterterrorism John O. Brennan"). Chosen by hand from the
 * usual names of ministries in English.
 */
export const PORTFOLIO_WORDS: ReadonlySet<string> = new Set(
  (
    'defence defense health education justice finance affairs trade transport environment energy agriculture ' +
    'security counterterrorism counter-terrorism interior labour labor culture tourism sport sports housing ' +
    'employment immigration treasury commerce development communications infrastructure welfare pensions ' +
    'fisheries forestry planning'
  ).split(' '),
);

/**
 * Offices one person holds at a time, which news names by the office alone once the reader knows its holder ("the
 * President", "the Governor"); a minister or secretary only with a portfolio before it ("the Prime Minister", "the
 * Foreign Secretary"). Chosen by hand from the usual heads of state, government and ministries in English.
 */
export const SINGLE_OFFICES: ReadonlySet<string> = new Set(
  'president premier chancellor pope king queen governor mayor'.split(' '),
);

/** The offices above that need their portfolio: "minister" or "secretary" alone may be anyone's. */
export const PORTFOLIO_OFFICES: ReadonlySet<string> = new Set(['minister', 'secretary']);

/** Portfolios besides PORTFOLIO_WORDS that make such an office one person's ("Home Secretary", "Prime Minister"). */
export const OFFICE_PORTFOLIOS: ReadonlySet<string> = new Set(['prime', 'foreign', 'home']);
