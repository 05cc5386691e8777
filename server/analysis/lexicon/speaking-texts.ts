/**
 * Texts that speak for whoever wrote them, and the verbs they speak with. Chosen by hand from general English news
 * usage, not from any data set; each list names the example that motivated it.
 */

// what is written and then quoted as saying something; example: "“…,” reads a press release from the caucus",
// "The executive order states “…”"
export const SPEAKING_TEXTS: ReadonlySet<string> = new Set([
  'statement',
  'release',
  'letter',
  'notice',
  'memo',
  'email',
  'post',
  'tweet',
  'message',
  'note',
  'sign',
  'caption',
  'order',
  'act',
  'law',
  'bill',
  'resolution',
  'ruling',
  'filing',
  'complaint',
  'lawsuit',
  'document',
  'report',
  'text',
  'headline',
  'banner',
  'plaque',
  'description',
  'website',
  'page',
  'constitution',
  'amendment',
  'clause',
  'section',
  'article',
  // nouns of a formal written pronouncement, whose words a report quotes as the issuer's: "The decree signed by the
  // governor read “…”", "The proclamation states “…”"
  'decree',
  'edict',
  'proclamation',
  'declaration',
  'directive',
  'announcement',
  'communique',
  'communiqué',
  'bulletin',
  'advisory',
  'manifesto',
  'petition',
  'affidavit',
  'transcript',
  'editorial',
  'obituary',
]);

// verbs a text speaks with when the tagger reads them as plural nouns before a quotation; example: "The order
// states “…”", "The sign reads “…”"
export const TEXT_VERBS: ReadonlySet<string> = new Set([
  'state',
  'read',
  'say',
  'note',
  'declare',
  'provide',
  'stipulate',
  'warn',
]);

// verbs that put a text out whole, so that its words quoted after it are its author's, not the subject's; example:
// "The palace issued the following statement from the queen: “…”" (against "Ruiz opposed Hale's statement: “…”")
export const ISSUING: ReadonlySet<string> = new Set([
  'issue',
  'release',
  'publish',
  'post',
  'share',
  'send',
  'read',
  'deliver',
  'quote',
  'cite',
  'relay',
  'forward',
  'circulate',
  'broadcast',
  'print',
  'tweet',
]);

// verbs by which someone puts out a text of their own, whose words a later sentence quotes; example: "X posted an
// event invitation", "X shared … some comments"
export const MAKING_VERBS: ReadonlySet<string> = new Set([
  'post',
  'share',
  'write',
  'publish',
  'create',
  'send',
  'tweet',
  'upload',
  // "Renato Rabelo … released a note repudiating the visit. “…”, says the note." (blind round 339)
  'release',
  'issue',
]);

// what such a text is called when it speaks later, named by "the" alone; example: "The comments called her …",
// "The event description read …"
export const MADE_TEXTS: ReadonlySet<string> = new Set([
  'comments',
  'comment',
  'description',
  'post',
  'message',
  'caption',
  'invitation',
  // "The organisers published a mission statement. … “We march for clean air,” the statement said."
  'statement',
  'letter',
  'note',
  'memo',
  'email',
]);

// words for a piece of a text, which speaks for the text the article named before: "“…”, says an excerpt" (of the note
// just released; blind round 339)
export const TEXT_PARTS: ReadonlySet<string> = new Set(['excerpt', 'extract', 'passage']);

// texts a person or body sends or signs, whose content a participle after them gives; example: "Eight Democrats
// signed a letter to the Cardinal expressing their concern that …" (blind round 265), "issued a statement saying …"
export const SENT_TEXTS: ReadonlySet<string> = new Set([
  'letter',
  'letters',
  'statement',
  'message',
  'note',
  'email',
  'memo',
  'post',
  'tweet',
  'release',
  'petition',
  'notice',
  // ("the Commons Work and Pensions Committee published a highly critical report into the agency noting the chief
  // executive had left", blind round 394)
  'report',
  // ("the U.S. Treasury Department issued guidance over the weekend saying that …", blind round 417)
  'guidance',
]);

// where a body posts its texts: "a statement on Amaury's website", "a notice on the club's page"
export const POSTING_PLACES: ReadonlySet<string> = new Set([
  'website',
  'site',
  'page',
  'account',
  'blog',
  'feed',
]);

// the last words of a newspaper's or a magazine's name, where a report is printed: "according to a report in The
// Economic Times of India" (blind round 354) is the paper's; "a report in March", "a report in Iraq" name no one
export const PUBLICATION_WORDS: ReadonlySet<string> = new Set(
  'times news post journal daily herald tribune magazine gazette telegraph chronicle review press today mail express guardian independent observer standard globe'.split(
    ' ',
  ),
);

/**
 * Documents a body makes and speaks through that are no message of the kinds above: "The report of the Public Sector
 * Divestment Committee recommended …, the report said" speaks for the committee (Reuters-21578, round 1197). Kept
 * apart from SPEAKING_TEXTS, which the tags of quotations read too ("the statement read"), where a report is a source
 * of its own.
 */
export const MADE_DOCUMENTS: ReadonlySet<string> = new Set(['report']);

// the texts a story may go on quoting after its lead named only who put them out ("Inter-American Development Bank
// said … “…,” the report said", "A Chinese newspaper said … The paper said", Reuters-21578); narrower than
// SPEAKING_TEXTS, whose laws, signs and posts are rarely a lead's
export const LEAD_TEXTS: ReadonlySet<string> = new Set([
  'statement',
  'report',
  'communique',
  'paper',
  'newspaper',
  'study',
  'survey',
]);
