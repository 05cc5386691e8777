import type { Question } from '../quiz/types.ts';
import { htmlText, lmsItems, questionHtml, type LmsItem } from './lms-items.ts';

/** GIFT's special characters taken literally; a line break would end the question, so it becomes \n. */
export function giftText(text: string): string {
  return text.replace(/[\\~=#{}:]/g, (c) => `\\${c}`).replace(/\r?\n/g, '\\n');
}

const para = (text: string) => (text === '' ? '' : `<p>${htmlText(text)}</p>`);

// Moodle reads a question with an "=" answer as single choice, so multiple choice gives every share as ~%n%.
function prefix(item: LmsItem, fraction: number): string {
  if (item.kind === 'single') return fraction === 100 ? '=' : '~';
  return fraction === 0 ? '~' : `~%${fraction}%`;
}

function answersOf(item: LmsItem): string[] {
  return item.choices.map(
    (c) =>
      `  ${prefix(item, c.fraction)}${giftText(htmlText(c.text))}#${giftText(para(c.feedback))}`,
  );
}

function questionGift(item: LmsItem): string {
  const head = `::${giftText(item.name)}::[html]${giftText(questionHtml(item))}`;
  const general = `  ####${giftText(para(item.feedback))}`;
  // An empty answer block is GIFT's essay; the general feedback is the only thing it may hold.
  if (item.kind === 'essay') return `${head}{\n${general}\n}`;
  return [`${head}{`, ...answersOf(item), general, '}'].join('\n');
}

/** The lesson's questions as GIFT (Question bank → Import → GIFT format), one blank line between questions. */
export function giftDocument(title: string, questions: readonly Question[]): string {
  const category = `$CATEGORY: $course$/top/Byline/${title.replace(/[/\r\n]/g, '-')}`;
  return (
    ['// Exported from Byline.', category, ...lmsItems(questions).map(questionGift)].join('\n\n') +
    '\n'
  );
}
