/**
 * The text without the trailing comma, colon or full stop a quote often carries ("not necessary," →
 * "not necessary"); a final dot stays when it ends an initialism ("U.S.").
 */
export function trimEnd(text: string): string {
  return text
    .replace(/[\s,;:]+$/u, '')
    .replace(/(?<!\b\p{Lu})\.$/u, '')
    .replace(/[\s,;:]+$/u, '');
}
