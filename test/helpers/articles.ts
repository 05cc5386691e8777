/** A short article of our own with one sentence of each kind: fact, attributed quote, framing. */
export const HARBOUR_ARTICLE = [
  'Harbour reopens after storm',
  'The harbour reopened on Tuesday after three days of closure.',
  '"We are relieved to welcome boats back," said harbour master Ines Alvarez.',
  'Critics called the slow response a shocking disgrace that exposed years of neglect.',
  'The council will meet on Friday to discuss the repairs.',
].join('\n\n');
