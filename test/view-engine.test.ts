import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ejs from 'ejs';
import { ejsEngine } from '../server/http/view-engine.ts';
import { makeTestApp, type TestApp } from './helpers/app.ts';
import { joinDemo } from './helpers/student.ts';

function render(engine: ReturnType<typeof ejsEngine>, file: string, data: object): string {
  let html = '';
  engine(file, data, (err, out) => {
    if (err) throw err;
    html = out!;
  });
  return html;
}

function renderWithEjs(file: string, data: object): Promise<string> {
  return ejs.renderFile(file, data);
}

describe('ejsEngine', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'byline-views-'));
    mkdirSync(join(dir, 'partials'));
    writeFileSync(
      join(dir, 'page.ejs'),
      [
        "<%- include('partials/head', { title: 'Q & A' }) %>",
        '<p><%= name %></p>',
        "<% var shade = 'page'; %>",
        "<%- include('partials/card.ejs', { text: '<b>bold</b>' }) %>",
        '<i><%= shade %> <%= typeof text %></i>',
      ].join('\n'),
    );
    writeFileSync(
      join(dir, 'partials', 'head.ejs'),
      "<title><%= locals.title ? locals.title + ' · Byline' : 'Byline' %></title><%- include('../foot') %>",
    );
    writeFileSync(
      join(dir, 'partials', 'card.ejs'),
      '<% var shade = \'card\'; %><div class="<%= shade %>"><%= text %> <%= name %></div>',
    );
    writeFileSync(join(dir, 'foot.ejs'), '<footer><%= name %></footer>');
    writeFileSync(join(dir, 'broken.ejs'), "<%- include('partials/missing') %>");
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('renders includes, escaping and locals exactly as ejs does', async () => {
    const data = { name: 'Ada <script>' };
    const ours = render(ejsEngine(), join(dir, 'page.ejs'), data);
    assert.equal(ours, await renderWithEjs(join(dir, 'page.ejs'), data));
    assert.match(ours, /&lt;b&gt;bold&lt;\/b&gt; Ada &lt;script&gt;/);
    // What an included template assigns stays its own.
    assert.match(ours, /<i>page undefined<\/i>/);
  });

  it('renders the same page again from its compiled template', () => {
    const engine = ejsEngine();
    const first = render(engine, join(dir, 'page.ejs'), { name: 'Ada' });
    writeFileSync(join(dir, 'foot.ejs'), 'changed on disk');
    assert.equal(render(engine, join(dir, 'page.ejs'), { name: 'Ada' }), first);
  });

  it('rejects an include that does not exist, naming it', () => {
    assert.throws(
      () => render(ejsEngine(), join(dir, 'broken.ejs'), {}),
      /views: ".*broken\.ejs" includes "partials\/missing", which does not exist/,
    );
  });
});

describe('createApp(question page through ejsEngine)', () => {
  let t: TestApp;
  beforeEach(async () => {
    t = await makeTestApp();
  });
  afterEach(() => t.cleanup());

  it('sends the same page as stock ejs', async () => {
    const s = await joinDemo(t);
    const url = `/play/${s.lesson.id}/q/1`;
    const ours = (await s.agent.get(url).expect(200)).text;
    // Stock ejs, with no cached views so every page is looked up again.
    t.app.engine(
      'ejs',
      (ejs as unknown as { __express: Parameters<typeof t.app.engine>[1] }).__express,
    );
    t.app.set('view cache', false);
    const stock = (await s.agent.get(url).expect(200)).text;
    assert.equal(ours, stock);
    assert.match(ours, /name="_csrf" value="[^"]+"/);
  });
});
