import type { SentenceKind } from '../analysis/index.ts';

/** Tells the student when the excerpt is not body text, so a headline's style is judged as a headline's. */
export function promptPrefix(kind: SentenceKind): string {
  switch (kind) {
    case 'headline':
      return 'This is the headline. ';
    case 'caption':
      return 'This is a photo caption. ';
    case 'body':
      return '';
  }
}
