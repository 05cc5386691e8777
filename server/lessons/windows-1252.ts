// What Windows-1252 puts at bytes 0x80–0x9F, where ISO-8859-1 has control codes (the WHATWG Encoding Standard's
// index-windows-1252). Node's TextDecoder reads "windows-1252" as ISO-8859-1, so these are mapped here. The five
// bytes Windows-1252 leaves unassigned (0x81, 0x8D, 0x8F, 0x90, 0x9D) stay control codes.
const HIGH_HALF =
  '\u20AC\u0081\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\u008D\u017D\u008F' +
  '\u0090\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\u009D\u017E\u0178';

const C1 = /[\u0080-\u009F]/g;

/**
 * The text with each control code of U+0080–U+009F read as the Windows-1252 character its byte stands for: text
 * decoded as ISO-8859-1 when it was Windows-1252 ("\u0093We will win,\u0094 he said" is “We will win,” he said), as
 * old web pages and data sets often are. One character for one, so offsets into the text keep their places.
 */
export function repairWindows1252(text: string): string {
  return text.replace(C1, (c) => HIGH_HALF[c.charCodeAt(0) - 0x80]!);
}

/** A file's bytes read as Windows-1252 (what Notepad saved as "ANSI" on a Western-language Windows). */
export function fromWindows1252(bytes: Uint8Array): string {
  return repairWindows1252(Buffer.from(bytes).toString('latin1'));
}
