/**
 * Verbs that are no verbs of saying, yet whose subject owns a short quotation inside their clause, for the speaker
 * search only (the labels keep their own reporting verbs). Written by hand from the dub (29.3) and characterize (29.2)
 * classes of Levin 1993, "English Verb Classes and Alternations", and the manner-of-asking verbs of Quirk et al.'s
 * suasive class, from no data set. Lemmas only.
 */
const lemmas = (list: string): ReadonlySet<string> => new Set(list.trim().split(/\s+/));

// giving something a name or a verdict in one's own words, the quotation standing as the object's complement:
// "the minister branded the marchers “a rowdy fringe”", "the panel deemed the plan “unworkable”"
export const NAMING_OWN_WORDS = lemmas(`
  call dub term label brand nickname style deem pronounce declare conclude rule judge`);

// seeing or showing something as something, the quotation after "as": "Berg regarded the deal as “a trap”",
// "the film portrays the city as “a prison”"
export const SEEING_AS = lemmas(`
  regard view see consider treat think portray depict paint cast perceive rate count characterize characterise
  describe refer dismiss attack denounce praise hail condemn criticize criticise slam justify defend tout`);

// asking in a manner of one's own, the quotation standing in the request: "Reyes begged the board to find “some
// other way”"
export const ASKING = lemmas(`plead beg implore beseech entreat appeal petition`);

// thinking aloud: "The council reasoned, “since the hall stands empty, it may be sold”", "Berg wondered whether the
// plan was “a trap”"
export const MUSING = lemmas(`reason muse wonder joke`);

// sending a message of one's own, the quotation standing as the object: "the prime minister sent “his heartfelt
// condolences to the families”", "the club offered “its deepest sympathy”"
export const SENDING_WORDS = lemmas(`send offer extend`);
