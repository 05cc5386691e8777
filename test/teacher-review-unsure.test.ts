import assert from 'node:assert/strict';
import type { ArticleAnalysis } from '../server/analysis/types.ts';
import { generateQuestions } from '../server/quiz/index.ts';
import type { Lesson } from '../server/store/types.ts';
import { quizArticle, S } from './fixtures/quiz-article.ts';
import type { TestApp } from './helpers/app.ts';
import { csrfFrom } from './helpers/forms.ts';
import { postForm, signedInApp, type Agent } from './helpers/teacher.ts';
import { unsureSentences } from '../server/routes/teacher-unsure.ts';

// In the fixture: sentence 3 (index 2) at 0.65, S.lowConfidence at 0.55, S.formidable at 0.4; every other
// label at 0.7 or above. "he declared" (index 11) gets an unsure speaker here.
const DECLARED = 11;

function withUnsureSpeaker(analysis: ArticleAnalysis, confidence: number): ArticleAnalysis {
  return {
    ...analysis,
    sentences: analysis.sentences.map((s) =>
      s.index === DECLARED
        ? { ...s, quotes: s.quotes.map((q) => ({ ...q, speakerConfidence: confidence })) }
        : s,
    ),
  } as ArticleAnalysis;
}

/** A lesson of the analysis, with every question it offers, stored unpublished. */
function storeLesson(
  t: TestApp,
  analysis: ArticleAnalysis,
  title = 'Troops in Mexico',
): Promise<Lesson> {
  return t.store.createLesson({
    title,
    text: analysis.sentences.map((s) => s.text).join('\n\n'),
    analysis,
    overrides: [],
    questions: generateQuestions(analysis),
    published: false,
    bundled: false,
  });
}

/** The "Check these first" section of a review page. */
function checkFirst(html: string): string {
  const start = html.indexOf('aria-labelledby="check-first"');
  assert.ok(start >= 0, 'the page has a "Check these first" section');
  return html.slice(start, html.indexOf('</section>', start));
}

/** The sentence numbers (0-based indices) the section links to, in the order it lists them. */
function listedIndices(html: string): number[] {
  return [...checkFirst(html).matchAll(/href="(?:\?page=\d+)?#s(\d+)"/g)].map((m) => Number(m[1]));
}

describe('the review page lists the sentences Byline is least sure of first', () => {
  let t: TestApp & { agent: Agent };
  let lesson: Lesson;
  beforeEach(async () => {
    t = await signedInApp();
    const analysis = withUnsureSpeaker(quizArticle, 0.5);
    lesson = await storeLesson(t, analysis);
  });
  afterEach(() => t.cleanup());

  it('lists every label and speaker below the quiz threshold, least sure first, in plain words', async () => {
    const page = await t.agent.get(`/teacher/lessons/${lesson.id}`).expect(200);
    assert.match(checkFirst(page.text), /Byline is least sure about these — check them first/);
    assert.deepEqual(listedIndices(page.text), [S.formidable, DECLARED, S.lowConfidence, 2]);
    const section = checkFirst(page.text);
    assert.match(section, /\(40% sure\)/);
    assert.match(section, /Who said quote 1: Donald Trump — 50% sure/);
    assert.match(section, /Label: Editorial framing — 55% sure/);
  });

  it('links each listed sentence to its place in the article-order form, which keeps every sentence in order', async () => {
    const page = await t.agent.get(`/teacher/lessons/${lesson.id}`).expect(200);
    for (const i of listedIndices(page.text)) {
      assert.match(page.text, new RegExp(`id="s${i}"`));
      // the fieldset's name says it too, for whoever reaches it by tabbing through the form
      assert.match(
        page.text,
        new RegExp(`<legend>Sentence ${i + 1}[^<]* — Byline is unsure: check it</legend>`),
      );
    }
    assert.doesNotMatch(page.text, /<legend>Sentence 1 [^<]*unsure/);
    const order = [...page.text.matchAll(/<select id="label-(\d+)"/g)].map((m) => Number(m[1]));
    assert.deepEqual(
      order,
      quizArticle.sentences.map((s) => s.index),
    );
    assert.ok(
      page.text.indexOf('id="check-first"') < page.text.indexOf('id="in-order"'),
      'the list comes before the article-order form',
    );
  });

  it('tells the teacher at the quote why no "who said it?" question is asked', async () => {
    const page = await t.agent.get(`/teacher/lessons/${lesson.id}`).expect(200);
    assert.match(
      page.text,
      /Byline is unsure who said this \(50% sure\): no “who said it\?” question/,
    );
  });

  it('drops a sentence from the list once the teacher confirms it or types its speaker', async () => {
    await postForm(t.agent, `/teacher/lessons/${lesson.id}`, {
      [`label-${S.formidable}`]: 'framing',
      [`confirm-${S.formidable}`]: 'on',
      [`label-${DECLARED}`]: quizArticle.sentences[DECLARED]!.label,
      [`speaker-${DECLARED}-0`]: 'President Donald Trump',
    }).then((res) => assert.equal(res.status, 303));
    const page = await t.agent.get(`/teacher/lessons/${lesson.id}`).expect(200);
    assert.deepEqual(listedIndices(page.text), [S.lowConfidence, 2]);
    assert.match(checkFirst(page.text), /You have checked 2 sentences Byline was unsure about/);
    const saved = await t.store.getLesson(lesson.id);
    assert.ok(saved?.questions.some((q) => q.type === 'speaker' && q.sentenceIndex === DECLARED));
  });

  it('lets the teacher confirm just a speaker, which leaves the list and lets the quiz ask who said it', async () => {
    const path = `/teacher/lessons/${lesson.id}`;
    const speakerAsked = async () =>
      (await t.store.getLesson(lesson.id))!.questions.some(
        (q) => q.type === 'speaker' && q.sentenceIndex === DECLARED,
      );
    assert.equal(await speakerAsked(), false, 'no "who said it?" on an unsure speaker');
    const box = `<input type="checkbox" name="speaker-ok-${DECLARED}-0"`;
    assert.ok((await t.agent.get(path).expect(200)).text.includes(`${box}> This speaker is right`));

    const sentence = { [`label-${DECLARED}`]: quizArticle.sentences[DECLARED]!.label };
    const saved = await postForm(t.agent, path, {
      ...sentence,
      [`speaker-${DECLARED}-0`]: 'Donald Trump',
      [`speaker-ok-${DECLARED}-0`]: 'on',
    });
    assert.equal(saved.status, 303);
    assert.equal(await speakerAsked(), true);
    // The speaker is vouched for, not the label.
    assert.deepEqual((await t.store.getLesson(lesson.id))!.overrides, [
      { sentenceIndex: DECLARED, quotes: [{ quoteIndex: 0, confirmed: true }] },
    ]);
    const page = await t.agent.get(path).expect(200);
    assert.deepEqual(listedIndices(page.text), [S.formidable, S.lowConfidence, 2]);
    assert.ok(page.text.includes(`${box} checked>`));
    assert.doesNotMatch(page.text, /Byline is unsure who said this/);

    // Unticked again: back on the list, and no question about it.
    await postForm(t.agent, path, { ...sentence, [`speaker-${DECLARED}-0`]: 'Donald Trump' });
    assert.equal(await speakerAsked(), false);
    assert.ok(listedIndices((await t.agent.get(path)).text).includes(DECLARED));
  });

  it('offers "This speaker is right" only for a speech quote whose speaker Byline is unsure of', async () => {
    const page = await t.agent.get(`/teacher/lessons/${lesson.id}`).expect(200);
    const boxes = [...page.text.matchAll(/name="speaker-ok-(\d+)-(\d+)"/g)].map((m) => m[1]);
    assert.deepEqual(boxes, [String(DECLARED)]);
  });

  it('says so when nothing is below the threshold', async () => {
    const sure: ArticleAnalysis = {
      ...quizArticle,
      sentences: quizArticle.sentences.map((s) => ({
        ...s,
        confidence: Math.max(s.confidence, 0.8),
      })),
    };
    await t.store.updateLesson(lesson.id, { analysis: sure });
    const page = await t.agent.get(`/teacher/lessons/${lesson.id}`).expect(200);
    assert.deepEqual(listedIndices(page.text), []);
    assert.match(checkFirst(page.text), /Byline is at least 75% sure of every label and speaker/);
  });

  it('keeps the list on a stale form’s 409 page, with the teacher’s unsaved input counted', async () => {
    const form = await t.agent.get(`/teacher/lessons/${lesson.id}`).expect(200);
    const version = /name="version" value="(\d+)"/.exec(form.text)?.[1] ?? '';
    await t.store.updateLesson(lesson.id, { title: 'Saved elsewhere' });
    const res = await t.agent
      .post(`/teacher/lessons/${lesson.id}`)
      .type('form')
      .send({
        _csrf: csrfFrom(form.text),
        version,
        [`label-${S.formidable}`]: 'framing',
        [`confirm-${S.formidable}`]: 'on',
      });
    assert.equal(res.status, 409);
    assert.match(res.text, /Not saved: this lesson was changed while you were editing it/);
    assert.deepEqual(listedIndices(res.text), [DECLARED, S.lowConfidence, 2]);
    assert.deepEqual((await t.store.getLesson(lesson.id))?.overrides, []);
  });
});

describe('the "Check these first" list of a long lesson', () => {
  let t: TestApp & { agent: Agent };
  before(async () => {
    t = await signedInApp();
  });
  after(() => t.cleanup());

  it('links a sentence on a later review page to that page', async () => {
    const sentences = Array.from({ length: 60 }, (_, i) => ({
      ...quizArticle.sentences[S.fact]!,
      index: i,
      paragraph: i,
      confidence: i === 55 ? 0.3 : 0.9,
    }));
    const analysis: ArticleAnalysis = { title: 'Long', sentences };
    const lesson = await t.store.createLesson({
      title: 'Long',
      text: 'Long',
      analysis,
      overrides: [],
      questions: generateQuestions(analysis),
      published: false,
      bundled: false,
    });
    const page = await t.agent.get(`/teacher/lessons/${lesson.id}`).expect(200);
    assert.match(checkFirst(page.text), /href="\?page=2#s55"/);
    assert.doesNotMatch(page.text, /id="s55"/);
    assert.match((await t.agent.get(`/teacher/lessons/${lesson.id}?page=2`)).text, /id="s55"/);
  });
});

describe('unsureSentences(corrected analysis)', () => {
  it('says in words what decided an unsure label', () => {
    const sentences = quizArticle.sentences.map((s) =>
      s.index === S.formidable ? { ...s, basis: 'framing:speculation' } : s,
    );
    const [first] = unsureSentences({ ...quizArticle, sentences }, 1);
    assert.equal(first?.index, S.formidable);
    assert.deepEqual(first?.points, [
      { text: 'Label: Editorial framing (decided by speculation)', confidence: 0.4 },
    ]);
    assert.equal(first?.href, `#s${S.formidable}`);
  });

  it('says why a fact in an article that often frames is unsure', () => {
    const sentences = quizArticle.sentences.map((s) =>
      s.index === S.formidable ? { ...s, label: 'fact' as const, basis: 'fact:among-framing' } : s,
    );
    const [first] = unsureSentences({ ...quizArticle, sentences }, 1);
    assert.deepEqual(first?.points, [
      {
        text: 'Label: Reported fact (no source and no framing words found, in an article that often frames)',
        confidence: 0.4,
      },
    ]);
  });
});

describe('the review page and a basis mainstream news bore out less (quizConfidence)', () => {
  let t: TestApp & { agent: Agent };
  after(() => t.cleanup());

  it('shows a fact with near-cues at the share the quiz goes by, listed to check and asked nothing', async () => {
    t = await signedInApp();
    const analysis: ArticleAnalysis = {
      ...quizArticle,
      sentences: quizArticle.sentences.map((s) =>
        s.index === S.fact
          ? { ...s, label: 'fact' as const, basis: 'fact:near', confidence: 0.83 }
          : s,
      ),
    };
    const lesson = await storeLesson(t, analysis);
    const page = await t.agent.get(`/teacher/lessons/${lesson.id}`).expect(200);
    assert.ok(listedIndices(page.text).includes(S.fact));
    const fieldset = page.text.slice(page.text.indexOf(`id="s${S.fact}"`));
    assert.match(
      fieldset.slice(0, fieldset.indexOf('</fieldset>')),
      /confidence 52% — unsure, so no questions unless you confirm or change it/,
    );
  });
});
