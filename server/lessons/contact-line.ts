// A line that tells readers how to reach the reporter ("Write to Jo Doe at jo.doe@example.com", "Reach the reporters
// on Twitter at http://twitter.com/…", "Email Jo at jo@example.com or follow her @jodoe", a bare address) closes
// stories on many sites (Barron's, Space.com, the Associated Press, the Hearst papers). It is not a sentence a
// student can be asked about. A story sentence that quotes an address does not open with an instruction to write.

const ADDRESS = /(?:[\w.+-]+@[\w-]+\.[\w.]+|(?:^|\s)@\w+|twitter\.com\/\w+)/i;
const OPENING = /^(?:e-?mail|write to|reach|contact|follow|send|get)\b/i;
// "… may be reached at", "… can be reached at": where a reader writes to the reporter
const REACHED_AT = /\b(?:may|can) be (?:reached|contacted|e-?mailed) at\b/i;
// A bare e-mail address or Twitter page standing alone.
const ALONE = /^(?:[\w.+-]+@[\w-]+\.[\w.]+|(?:https?:\/\/)?(?:www\.)?twitter\.com\/\w+\/?)$/i;

/** True when the paragraph is a reporter's contact line: an address alone, or an instruction to write with one. */
export function isContactLine(paragraph: string): boolean {
  if (ALONE.test(paragraph)) return true;
  // ("Have a tip? Amy Kuperinsky may be reached at akuperinsky@… Follow her on Twitter @…", NJ.com)
  const invited = OPENING.test(paragraph) || REACHED_AT.test(paragraph);
  return invited && ADDRESS.test(paragraph) && paragraph.split(' ').length <= 40;
}
