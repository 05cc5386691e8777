import type { Question } from '../quiz/types.ts';
import { htmlText, lmsItems, questionHtml, type LmsItem } from './lms-items.ts';

/** XML text content or attribute value. */
function xml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

const html = (tag: string, body: string) =>
  `<${tag} format="html"><text>${xml(body)}</text></${tag}>`;
const para = (text: string) => (text === '' ? '' : `<p>${htmlText(text)}</p>`);

function choiceXml(item: LmsItem): string[] {
  return item.choices.map(
    (c) =>
      `    <answer fraction="${c.fraction}" format="html"><text>${xml(htmlText(c.text))}</text>` +
      `${html('feedback', para(c.feedback))}</answer>`,
  );
}

function questionXml(item: LmsItem): string {
  const head = [
    `    <name><text>${xml(item.name)}</text></name>`,
    `    ${html('questiontext', questionHtml(item))}`,
    `    ${html('generalfeedback', item.kind === 'essay' ? '' : para(item.feedback))}`,
    '    <defaultgrade>1</defaultgrade>',
    '    <penalty>0</penalty>',
    '    <hidden>0</hidden>',
    `    <idnumber>${xml(item.id)}</idnumber>`,
  ];
  if (item.kind === 'essay') {
    return [
      '  <question type="essay">',
      ...head,
      '    <responseformat>editor</responseformat>',
      '    <responserequired>1</responserequired>',
      '    <responsefieldlines>5</responsefieldlines>',
      '    <attachments>0</attachments>',
      '    <attachmentsrequired>0</attachmentsrequired>',
      `    ${html('graderinfo', para(item.feedback))}`,
      `    ${html('responsetemplate', '')}`,
      '  </question>',
    ].join('\n');
  }
  return [
    '  <question type="multichoice">',
    ...head,
    `    <single>${item.kind === 'single'}</single>`,
    '    <shuffleanswers>true</shuffleanswers>',
    '    <answernumbering>abc</answernumbering>',
    `    ${html('correctfeedback', para('Your answer is correct.'))}`,
    `    ${html('partiallycorrectfeedback', para('Your answer is partially correct.'))}`,
    `    ${html('incorrectfeedback', para('Your answer is incorrect.'))}`,
    ...choiceXml(item),
    '  </question>',
  ].join('\n');
}

/**
 * The lesson's questions as Moodle XML (Question bank → Import → Moodle XML format), in a category named
 * after the lesson: choice questions as multichoice, rewrite questions as essays marked by hand.
 */
export function moodleXml(title: string, questions: readonly Question[]): string {
  const category = [
    '  <question type="category">',
    `    <category><text>${xml(`$course$/top/Byline/${title.replace(/\//g, '-')}`)}</text></category>`,
    '  </question>',
  ].join('\n');
  const body = lmsItems(questions).map(questionXml);
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<quiz>',
    category,
    ...body,
    '</quiz>',
    '',
  ].join('\n');
}
