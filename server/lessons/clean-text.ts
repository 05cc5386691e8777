/** A page's text as a lesson reads it: each run of white space one space, none at either end. */
export function cleanText(text: string | null | undefined): string {
  return (text ?? '').replace(/\s+/g, ' ').trim();
}
