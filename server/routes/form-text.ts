// Control characters would let a name break rows in the teacher's CSV and lists.
const CONTROL = /\p{Cc}/u;

/** A submitted value to show back in its form: a string cut to `max` characters; anything else is ''. */
export function formText(value: unknown, max: number): string {
  return typeof value === 'string' ? value.slice(0, max) : '';
}

/** True when the text holds a control character (line break, tab, NUL…), which no name may contain. */
export function hasControlChars(text: string): boolean {
  return CONTROL.test(text);
}

/** The messages of a failed form check, in order, for the page's error list. */
export function issueMessages(error: { issues: readonly { message: string }[] }): string[] {
  return error.issues.map((i) => i.message);
}
