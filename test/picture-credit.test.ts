import assert from 'node:assert/strict';
import { analyzeArticle } from '../server/analysis/index.ts';
import { segmentArticle } from '../server/analysis/segment/index.ts';
import { generateQuestions } from '../server/quiz/index.ts';

const kinds = (text: string) => segmentArticle(text).map((s) => [s.kind, s.text]);

describe('segmentArticle(picture credits)', () => {
  it('makes a paragraph that closes with a picture credit a caption, sentence and credit both', () => {
    assert.deepEqual(
      kinds(
        'Bridge reopens\n\nThe bridge opened.\n\nThe bridge in March. Image: Jane Doe.\n\nCars came.',
      ),
      [
        ['headline', 'Bridge reopens'],
        ['body', 'The bridge opened.'],
        ['caption', 'The bridge in March.'],
        ['caption', 'Image: Jane Doe.'],
        ['body', 'Cars came.'],
      ],
    );
  });

  it('reads "Photo:", "Photo credit:" and a credit in brackets as credits, standing alone or last', () => {
    const text =
      'Fair opens\n\nThe fair opened.\n\nThe main tent. Photo credit: Ann Lee\n\nThe gates. (Photo: City of Lyon)\n\nPhoto: Bob Roe.';
    assert.deepEqual(
      segmentArticle(text).map((s) => s.kind),
      ['headline', 'body', 'caption', 'caption', 'caption', 'caption', 'caption'],
    );
  });

  it('makes the line before a credit on its own line a caption, as Wikinews pages print them', () => {
    const text =
      'Crew runs train\n\nA line of women outside a train\nThe crew before the train left on Thursday.\nImage: Mysore Division.\n\nThe crew ran the express. The trip was long.';
    assert.deepEqual(
      segmentArticle(text).map((s) => s.kind),
      ['headline', 'caption', 'caption', 'caption', 'body', 'body'],
    );
  });

  it('keeps a body paragraph of three sentences before a lone credit body', () => {
    const text =
      'Crew runs train\n\nThe crew ran. The trip was long. It rained.\n\nImage: Ann Lee.';
    assert.deepEqual(
      segmentArticle(text).map((s) => s.kind),
      ['headline', 'body', 'body', 'body', 'caption'],
    );
  });

  it('keeps prose about a photo, and a long paragraph ending in a credit, body', () => {
    const text =
      'Fair opens\n\nThe image was taken in May. It shows the tent.\n\nThe fair opened. It rained. Many came. Some left. Image: Ann Lee.\n\nIt ended.';
    assert.ok(
      segmentArticle(text)
        .slice(1)
        .every((s) => s.kind === 'body'),
    );
  });
});

describe('analyzeArticle(picture credits)', () => {
  it('labels "File photo of …" a plain caption, not an order to the reader', () => {
    const { sentences } = analyzeArticle(
      'Mayor visits\n\nThe mayor visited the school.\n\nFile photo of Mayor Ana Ruiz in 2018. Image: Bob Smith.\n\nShe left.',
    );
    assert.deepEqual(
      sentences.slice(2, 4).map((s) => [s.kind, s.label]),
      [
        ['caption', 'fact'],
        ['caption', 'fact'],
      ],
    );
  });

  it("does not give a pronoun's quotation to the photographer a credit names", () => {
    const { sentences } = analyzeArticle(
      'Library opens\n\nMayor Ana Ruiz opened the library on Monday.\n\nThe mayor at the opening. Image: Jane Doe.\n\n"We are proud of this building," she said.',
    );
    assert.equal(sentences[4]?.quotes[0]?.speaker, 'Ana Ruiz');
  });
});

describe('generateQuestions(picture credits)', () => {
  it('asks nothing about a credit line, and still asks about the caption it closes', () => {
    const questions = generateQuestions(
      analyzeArticle(
        'Library opens\n\nMayor Ana Ruiz opened the library on Monday.\n\nThe mayor at the opening. Image: Jane Doe.\n\nThe library holds 80,000 books.',
      ),
    );
    assert.ok(!questions.some((q) => q.excerpt.includes('Jane Doe')));
    assert.ok(questions.some((q) => q.excerpt === 'The mayor at the opening.'));
  });
});
