import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import express, { type Express } from 'express';
import request from 'supertest';
import ejs from 'ejs';
import { PagePieces } from '../server/http/page-pieces.ts';
import { ejsEngine } from '../server/http/view-engine.ts';
import { makeTestApp, type TestApp } from './helpers/app.ts';
import { joinDemo, type JoinedStudent } from './helpers/student.ts';
import { PASSWORD, postForm, signIn, type Agent } from './helpers/teacher.ts';

describe('PagePieces', () => {
  let dir: string;
  let app: Express;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'byline-pieces-'));
    writeFileSync(
      join(dir, 'page.ejs'),
      '<h1><%= title %> – ok</h1><p data-n="<%= count %>"><%= count %> of <%= total %>, <%= token %></p>',
    );
    app = express();
    app.engine('ejs', ejsEngine());
    app.set('view engine', 'ejs');
    app.set('views', dir);
    app.set('view cache', true);
    const pieces = new PagePieces(10);
    app.get('/kept/:title', (req, res) => {
      const title = String(req.params.title);
      pieces.send(res, 'page', title, () => ({ title, total: 5 }), {
        count: Number(req.query.count),
        token: String(req.query.token),
      });
    });
    app.get('/rendered/:title', (req, res) => {
      res.render('page', {
        title: req.params.title,
        total: 5,
        count: Number(req.query.count),
        token: String(req.query.token),
      });
    });
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('sends, for each request’s values, the bytes and headers res.render sends', async () => {
    for (const query of ['count=0&token=abc', 'count=12&token=a%26%3Cb%22', 'count=3&token=x']) {
      const kept = await request(app).get(`/kept/R%26D?${query}`).expect(200);
      const rendered = await request(app).get(`/rendered/R%26D?${query}`).expect(200);
      assert.equal(kept.text, rendered.text);
      assert.equal(kept.headers['content-type'], rendered.headers['content-type']);
      assert.equal(kept.headers['content-length'], rendered.headers['content-length']);
    }
    const escaped = await request(app).get('/kept/R%26D?count=1&token=%3Cb%3E').expect(200);
    assert.match(escaped.text, /<h1>R&amp;D – ok<\/h1><p data-n="1">1 of 5, &lt;b&gt;<\/p>/);
  });

  it('keeps one page per key', async () => {
    assert.match((await request(app).get('/kept/one?count=1&token=t')).text, /<h1>one /);
    assert.match((await request(app).get('/kept/two?count=1&token=t')).text, /<h1>two /);
  });

  it('renders every time when the view cache is off', async () => {
    await request(app).get('/kept/one?count=1&token=t').expect(200);
    writeFileSync(join(dir, 'page.ejs'), 'changed <%= count %>');
    // Stock ejs reads the template again when the cache is off.
    app.engine(
      'ejs',
      (ejs as unknown as { __express: Parameters<typeof app.engine>[1] }).__express,
    );
    app.set('view cache', false);
    assert.equal((await request(app).get('/kept/one?count=2&token=t')).text, 'changed 2');
  });
});

describe('the question page, rendered once per lesson version and order of choices', () => {
  let t: TestApp;
  let teacher: Agent;
  beforeEach(async () => {
    t = await makeTestApp({ teacherPassword: PASSWORD });
    teacher = request.agent(t.app);
    assert.equal((await signIn(teacher, PASSWORD)).status, 303);
  });
  afterEach(() => t.cleanup());

  /** The page as stock ejs renders it now, every template read again. */
  async function stockPage(s: JoinedStudent, url: string): Promise<string> {
    const engine = t.app.get('view cache') as boolean;
    t.app.engine(
      'ejs',
      (ejs as unknown as { __express: Parameters<typeof t.app.engine>[1] }).__express,
    );
    t.app.set('view cache', false);
    try {
      return (await s.agent.get(url).expect(200)).text;
    } finally {
      t.app.engine('ejs', ejsEngine());
      t.app.set('view cache', engine);
    }
  }

  it('gives each student their own form token and count, as stock ejs does', async () => {
    const ada = await joinDemo(t, 'Ada');
    const bo = await joinDemo(t, 'Bo');
    const url = `/play/${ada.lesson.id}/q/2`;
    const first = ada.lesson.questions[0]!;
    const answer = first.type === 'rewrite' ? 'A neutral sentence.' : first.choices[0]!.id;
    await bo.agent
      .post(`/play/${ada.lesson.id}/q/1`)
      .type('form')
      .send({ _csrf: bo.csrf, questionId: first.id, answer })
      .expect(303);
    const adaPage = (await ada.agent.get(url).expect(200)).text;
    const boPage = (await bo.agent.get(url).expect(200)).text;
    assert.match(adaPage, new RegExp(`name="_csrf" value="${ada.csrf}"`));
    assert.match(boPage, new RegExp(`name="_csrf" value="${bo.csrf}"`));
    assert.match(adaPage, /value="0" aria-label="0 of \d+ answered"/);
    assert.match(boPage, /value="1" aria-label="1 of \d+ answered"/);
    assert.equal(boPage, await stockPage(bo, url));
    assert.equal(adaPage, await stockPage(ada, url));
  });

  it('shows a teacher’s label correction at once', async () => {
    const ada = await joinDemo(t, 'Ada');
    const { lesson } = ada;
    const n = lesson.questions.findIndex((q) => q.type === 'classify') + 1;
    const question = lesson.questions[n - 1]!;
    const url = `/play/${lesson.id}/q/${n}`;
    assert.match((await ada.agent.get(url).expect(200)).text, new RegExp(`value="${question.id}"`));
    const label =
      question.type === 'classify' && question.correct[0] === 'fact' ? 'framing' : 'fact';
    const saved = await postForm(teacher, `/teacher/lessons/${lesson.id}`, {
      [`label-${question.sentenceIndex}`]: label,
      version: String(lesson.version),
    });
    assert.equal(saved.status, 303);
    const now = (await t.store.getLesson(lesson.id))!;
    assert.notEqual(now.questions[n - 1]!.id, question.id, 'the correction changed question n');
    const page = (await ada.agent.get(url).expect(200)).text;
    assert.match(page, new RegExp(`value="${now.questions[n - 1]!.id}"`));
    assert.equal(page, await stockPage(ada, url));
  });

  it('shows any change to the lesson at once, even one that keeps its questions’ ids', async () => {
    const ada = await joinDemo(t, 'Ada');
    const { lesson } = ada;
    const url = `/play/${lesson.id}/q/1`;
    const before = (await ada.agent.get(url).expect(200)).text;
    const questions = lesson.questions.map((q, i) =>
      i === 0 ? { ...q, excerpt: 'A sentence the teacher fixed.' } : q,
    );
    await t.store.updateLesson(lesson.id, { questions });
    const page = (await ada.agent.get(url).expect(200)).text;
    assert.doesNotMatch(before, /A sentence the teacher fixed\./);
    assert.match(page, /A sentence the teacher fixed\./);
    assert.equal(page, await stockPage(ada, url));
  });
});
