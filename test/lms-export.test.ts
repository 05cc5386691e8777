import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { buildLesson } from '../server/lessons/build-lesson.ts';
import type { Question } from '../server/quiz/types.ts';
import { giftDocument, moodleXml } from '../server/reports/index.ts';
import { readGift } from './helpers/gift-reader.ts';

const CONTENT = join(import.meta.dirname, '..', 'content');

function seedQuestions(): { title: string; questions: Question[] } {
  const file = readdirSync(CONTENT).find((f) => f.endsWith('.txt'));
  if (!file) throw new Error('test: no bundled lesson in content/');
  const built = buildLesson(readFileSync(join(CONTENT, file), 'utf8'));
  return { title: built.title, questions: built.questions };
}

/** Hand-made questions whose texts hold every character GIFT, XML and HTML treat specially. */
const NASTY = 'a <b> & "c" \'d\' ~e =f #g {h} :i \\j';
const awkward: Question[] = [
  {
    id: 'q-single',
    type: 'classify',
    multiple: false,
    sentenceIndex: 0,
    prompt: `Classify: ${NASTY}`,
    excerpt: `The ${NASTY} sentence.`,
    choices: [
      { id: 'fact', text: `Fact ${NASTY}` },
      { id: 'attributed', text: 'Attributed' },
      { id: 'framing', text: 'Framing' },
    ],
    explanation: `Because ${NASTY}.\nSee the words.`,
    evidence: [{ start: 0, end: 3, text: 'The', cue: 'loaded' }],
    correct: ['fact'],
  },
  {
    id: 'q-multi',
    type: 'spot-framing',
    multiple: true,
    sentenceIndex: 0,
    prompt: 'Tick the loaded words',
    excerpt: 'A shocking, radical plan.',
    choices: [
      { id: 'shocking', text: 'shocking' },
      { id: 'radical', text: 'radical' },
      { id: 'plan', text: 'plan' },
    ],
    explanation: 'Two words judge.',
    evidence: [],
    correct: ['shocking', 'radical'],
  },
  {
    id: 'q-open',
    type: 'rewrite',
    multiple: false,
    sentenceIndex: 0,
    prompt: 'Rewrite it neutrally',
    excerpt: 'A shocking, radical plan.',
    choices: [],
    explanation: `Drop ${NASTY}.`,
    evidence: [{ start: 2, end: 10, text: 'shocking', cue: 'loaded' }],
    correct: [],
  },
];

function decodeHtml(html: string): string {
  return html
    .replace(/<br>/g, '\n')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
}

/** The text of each <p> of a small HTML fragment, in order. */
function paragraphs(html: string): string[] {
  return [...html.matchAll(/<p>(.*?)<\/p>/gs)].map((m) => decodeHtml(m[1] ?? ''));
}

/** What each exported question must say, straight from Byline's question. */
function expected(q: Question) {
  const words = [...new Set(q.evidence.map((e) => e.text))];
  const feedback = [
    q.explanation,
    words.length ? `Deciding words: ${words.map((w) => `“${w}”`).join(', ')}.` : '',
  ]
    .filter((t) => t !== '')
    .join('\n');
  return {
    kind: q.type === 'rewrite' ? 'essay' : q.multiple ? 'multiple' : 'single',
    text: q.excerpt ? [q.prompt, q.excerpt] : [q.prompt],
    choices: q.choices.map((c) => ({
      text: c.text,
      right: (q.correct as string[]).includes(c.id),
    })),
    feedback,
  };
}

function count(kinds: string[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const k of kinds) out[k] = (out[k] ?? 0) + 1;
  return out;
}

interface XmlText {
  text: string;
}
interface XmlQuestion {
  '@_type': string;
  name: XmlText;
  questiontext: XmlText;
  generalfeedback: XmlText;
  graderinfo?: XmlText;
  single?: string;
  idnumber: string;
  answer?: { '@_fraction': string; text: string; feedback: XmlText }[];
  category?: XmlText;
}

function parseMoodle(xml: string): XmlQuestion[] {
  const parser = new XMLParser({
    ignoreAttributes: false,
    parseTagValue: false,
    trimValues: false,
    isArray: (name) => name === 'question' || name === 'answer',
  });
  const doc = parser.parse(xml) as { quiz: { question: XmlQuestion[] } };
  return doc.quiz.question;
}

function checkMoodle(questions: Question[], xml: string): Record<string, number> {
  const [category, ...items] = parseMoodle(xml);
  assert.equal(category?.['@_type'], 'category');
  assert.equal(items.length, questions.length);
  const kinds: string[] = [];
  questions.forEach((q, i) => {
    const item = items[i];
    const want = expected(q);
    assert.ok(item, `question ${i + 1} is missing`);
    assert.equal(item.idnumber, q.id);
    assert.deepEqual(paragraphs(item.questiontext.text), want.text);
    if (want.kind === 'essay') {
      assert.equal(item['@_type'], 'essay');
      assert.deepEqual(paragraphs(item.graderinfo?.text ?? ''), [want.feedback]);
      assert.equal(item.answer, undefined);
      kinds.push('essay');
      return;
    }
    assert.equal(item['@_type'], 'multichoice');
    assert.equal(item.single, String(want.kind === 'single'));
    assert.deepEqual(paragraphs(item.generalfeedback.text), [want.feedback]);
    const answers = item.answer ?? [];
    assert.deepEqual(
      answers.map((a) => ({ text: decodeHtml(a.text), right: Number(a['@_fraction']) > 0 })),
      want.choices,
    );
    for (const a of answers) assert.equal(paragraphs(a.feedback.text).length, 1);
    const total = answers.reduce((s, a) => s + Math.max(0, Number(a['@_fraction'])), 0);
    assert.ok(Math.abs(total - 100) < 0.001, `question ${i + 1}: right answers give ${total}%`);
    kinds.push(`multichoice-${want.kind}`);
  });
  return count(kinds);
}

function checkGift(questions: Question[], gift: string): Record<string, number> {
  const file = readGift(gift);
  assert.match(file.category ?? '', /^\$course\$\/top\/Byline\//);
  assert.equal(file.questions.length, questions.length);
  const kinds: string[] = [];
  questions.forEach((q, i) => {
    const item = file.questions[i];
    const want = expected(q);
    assert.ok(item, `question ${i + 1} is missing`);
    assert.equal(item.format, 'html');
    assert.deepEqual(paragraphs(item.text), want.text);
    assert.deepEqual(paragraphs(item.generalFeedback), [want.feedback]);
    if (want.kind === 'essay') {
      assert.ok(item.essay, `question ${i + 1} should be an essay`);
      kinds.push('essay');
      return;
    }
    assert.deepEqual(
      item.answers.map((a) => ({ text: decodeHtml(a.text), right: a.weight > 0 })),
      want.choices,
    );
    for (const a of item.answers) assert.equal(paragraphs(a.feedback).length, 1);
    const total = item.answers.reduce((s, a) => s + Math.max(0, a.weight), 0);
    assert.ok(Math.abs(total - 100) < 0.001, `question ${i + 1}: right answers give ${total}%`);
    kinds.push(`multichoice-${want.kind}`);
  });
  return count(kinds);
}

describe('moodleXml', () => {
  it('writes every question of the bundled lesson, with its answers, shares and feedback, as Moodle reads them', () => {
    const { title, questions } = seedQuestions();
    const kinds = checkMoodle(questions, moodleXml(title, questions));
    const want = count(
      questions.map((q) =>
        q.type === 'rewrite' ? 'essay' : `multichoice-${q.multiple ? 'multiple' : 'single'}`,
      ),
    );
    assert.deepEqual(kinds, want);
    assert.ok(kinds['multichoice-single'] && kinds['multichoice-multiple'] && kinds.essay);
  });

  it('keeps XML and HTML special characters literal in every field', () => {
    const xml = moodleXml(`Title ${NASTY}`, awkward);
    assert.deepEqual(checkMoodle(awkward, xml), {
      'multichoice-single': 1,
      'multichoice-multiple': 1,
      essay: 1,
    });
    assert.equal(parseMoodle(xml)[0]?.category?.text, `$course$/top/Byline/Title ${NASTY}`);
  });

  it('takes marks away for ticking a wrong phrase in a multiple choice question', () => {
    const multi = parseMoodle(moodleXml('t', awkward))[2];
    assert.deepEqual(
      multi?.answer?.map((a) => a['@_fraction']),
      ['50', '50', '-100'],
    );
  });
});

describe('giftDocument', () => {
  it('writes every question of the bundled lesson so a GIFT reader gets back each answer and feedback', () => {
    const { title, questions } = seedQuestions();
    const gift = giftDocument(title, questions);
    const kinds = checkGift(questions, gift);
    assert.deepEqual(kinds, checkMoodle(questions, moodleXml(title, questions)));
  });

  it('escapes GIFT, HTML and line breaks so awkward text comes back unchanged', () => {
    const gift = giftDocument(`Title ${NASTY}`, awkward);
    assert.deepEqual(checkGift(awkward, gift), {
      'multichoice-single': 1,
      'multichoice-multiple': 1,
      essay: 1,
    });
    const weights = readGift(gift).questions[1]?.answers.map((a) => a.weight);
    assert.deepEqual(weights, [50, 50, -100]);
  });
});
