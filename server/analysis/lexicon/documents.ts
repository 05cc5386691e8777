/**
 * Nouns for what sources put out and verbs for putting it out. Chosen by hand from general English usage, not from
 * any data set; each list names the example that motivated it.
 */

// chosen by hand from nouns for written or gathered evidence that can be said to "suggest" or "show"; example that
// motivated it: "the report suggests" (a source) against "the evidence suggests" (the writer's inference)
export const DOCUMENT_NOUNS: ReadonlySet<string> = new Set([
  'report',
  'reports',
  'study',
  'studies',
  'research',
  'survey',
  'poll',
  'polls',
  'data',
  'findings',
  'results',
  'analysis',
  'documents',
  'records',
  // ("The official record reveals that up to 13,000 people disappeared", blind round 341)
  'record',
  // an inquiry's report: "An AP investigation into Russian hacking shows that …" (PTC page, blind round 1032)
  'investigation',
  'inquiry',
  'review',
  'audit',
  'sources',
  // counts and measurements speak for whoever made them as studies do: "The figures show the town lost a tenth of
  // its people", "Tests carried out last week showed the water was safe"
  'surveys',
  'figures',
  'statistics',
  'estimates',
  'projections',
  // ("A previous estimate, contained in a 1998 Department of Transport document, suggested …", blind round 377)
  'estimate',
  'projection',
  'forecast',
  'forecasts',
  'tests',
  'trials',
  'experiments',
  'measurements',
  // leaked or disclosed papers speak for their writers as records do: "The cables show that the embassy knew",
  // "Emails seen by the paper show …"
  'emails',
  'cables',
  'files',
  'papers',
  'memos',
  'transcripts',
  'minutes',
  'logs',
  // … and a paper put forward: "The proposal showed that collaterals … would not be recognised", "…, the proposals
  // showed." (Reuters-21578, round 1393)
  'proposal',
  'proposals',
  // … and a medical examiner's findings: "A post-mortem revealed he died from a stab wound to the chest" (WMT news
  // test set, round 1722), "An autopsy showed …"
  'autopsy',
  'autopsies',
  'post-mortem',
  'postmortem',
]);

// chosen by hand from nouns for what a study or a body publishes; example that motivated it: "In findings published
// Wednesday in Science Advances, researchers … reported"
export const PUBLICATION_NOUNS: ReadonlySet<string> = new Set([
  'findings',
  'study',
  'report',
  'paper',
  'statement',
  'research',
  'article',
  'review',
  'analysis',
]);

// chosen by hand from verbs of making a text public; example that motivated it: "findings published Wednesday"
export const PUT_OUT_VERBS: ReadonlySet<string> = new Set([
  'publish',
  'release',
  'issue',
  'present',
  'post',
]);

// chosen by hand from nouns for research output that bears on a claim; example that motivated it: "These findings
// support the hypothesis"
export const EVIDENCE_NOUNS: ReadonlySet<string> = new Set([
  'findings',
  'results',
  'data',
  'study',
  'studies',
  'research',
  'evidence',
]);
