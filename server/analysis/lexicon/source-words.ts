/**
 * Words that often carry a report (general English): verbs of saying, showing and finding beyond the reporting verbs,
 * and nouns for documents, talk and the people who speak for something. A sentence that holds one outside its quotes
 * but that no rule made a report is where a missed source hides ("Boeing referred to the plane as …", "the site
 * listed no results", "In findings published …"); calibration gives such facts their own, less sure, basis.
 */
export const SOURCE_VERBS: ReadonlySet<string> = new Set(
  (
    'list show name refer rule publish establish release find conclude determine discover agree wonder debate ' +
    'intimate place consider regard deem label brand welcome dismiss interpret view see recognise recognize ' +
    'express claim propose recommend highlight point argue describe'
  ).split(' '),
);

export const SOURCE_NOUNS: ReadonlySet<string> = new Set(
  (
    'finding findings study studies report reports research statement statements website site database survey ' +
    'poll analysis data records documents rumour rumours rumor rumors allegation allegations claim claims source ' +
    'sources spokesperson spokesman spokeswoman official officials critic critics expert experts analyst analysts ' +
    'scientist scientists researcher researchers scholar scholars historian historians academic academics ' +
    'observer observers commentator commentators newspaper memoir memoirs account accounts tweet post interview ' +
    'press release announcement'
  ).split(' '),
);
