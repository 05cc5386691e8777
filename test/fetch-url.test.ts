import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import request from 'supertest';
import { isPrivateAddress } from '../server/lessons/address-policy.ts';
import { fetchPage, FetchPageError } from '../server/lessons/fetch-url.ts';
import type { TestApp } from './helpers/app.ts';
import { makeTestApp } from './helpers/app.ts';
import { signIn, PASSWORD, postForm, type Agent } from './helpers/teacher.ts';

const ARTICLE_PAGE = `<!doctype html><html><head><title>Harbour reopens after storm | Site</title></head><body>
<nav><a href="/">Home</a> <a href="/news">News</a></nav>
<article><h1>Harbour reopens after storm</h1>
<p>The harbour reopened on Tuesday after three days of closure, the port authority said in a statement.</p>
<p>"We are relieved to welcome boats back," said harbour master Ines Alvarez on Tuesday morning.</p>
<p>Critics called the slow response a shocking disgrace that exposed years of neglect by the council.</p>
<p>The council will meet on Friday to discuss the repairs and the cost of the storm damage.</p></article>
</body></html>`;

/** A small site on loopback: the article, redirects, a big page, a picture, a page that never answers. */
function startSite(): Promise<{ server: Server; base: string; port: number }> {
  const server = createServer((req, res) => {
    const url = req.url ?? '/';
    if (url === '/article') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(ARTICLE_PAGE);
    } else if (url === '/plain') {
      res.writeHead(200, { 'content-type': 'text/plain' });
      res.end('Plain headline\n\nThe harbour reopened on Tuesday after three days of closure.');
    } else if (url === '/moved') {
      res.writeHead(302, { location: '/article' });
      res.end();
    } else if (url.startsWith('/loop')) {
      res.writeHead(301, { location: `/loop${url.length}` });
      res.end();
    } else if (url === '/elsewhere') {
      const port = (server.address() as AddressInfo).port;
      res.writeHead(302, { location: `http://127.0.0.2:${port}/article` });
      res.end();
    } else if (url === '/big') {
      res.writeHead(200, { 'content-type': 'text/html' });
      // No content-length: the limit must hold while the body streams.
      for (let i = 0; i < 40; i++) res.write('<p>' + 'x '.repeat(50_000) + '</p>');
      res.end();
    } else if (url === '/picture') {
      res.writeHead(200, { 'content-type': 'image/png' });
      res.end(Buffer.from([0x89, 0x50, 0x4e, 0x47]));
    } else if (url === '/silent') {
      // Never answers; the fetch's deadline must end it.
    } else {
      res.writeHead(404, { 'content-type': 'text/html' });
      res.end('<p>Not here</p>');
    }
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => {
      const port = (server.address() as AddressInfo).port;
      resolve({ server, port, base: `http://127.0.0.1:${port}` });
    }),
  );
}

/** A loopback port nothing listens on: a server is started there and closed again. */
// A port nothing listens on: TCP port 1 (tcpmux) is never served on a school's box or a CI runner. (A port freed by
// closing a test server could be taken again by another process's server before the request, and was, under load.)
function closedPort(): Promise<number> {
  return Promise.resolve(1);
}

async function rejectsWith(promise: Promise<unknown>, status: number, message: RegExp) {
  await assert.rejects(promise, (err: unknown) => {
    assert.ok(err instanceof FetchPageError, `expected a FetchPageError, got ${String(err)}`);
    assert.equal(err.status, status);
    assert.match(err.message, message);
    return true;
  });
}

describe('isPrivateAddress', () => {
  it('refuses loopback, private, link-local, carrier NAT and IPv4 hidden in IPv6', () => {
    for (const a of [
      '127.0.0.1',
      '10.1.2.3',
      '172.16.0.1',
      '192.168.1.1',
      '169.254.169.254',
      '100.64.0.1',
      '0.0.0.0',
      '::1',
      '[::1]',
      'fe80::1%eth0',
      'fd12::1',
      '::ffff:7f00:1',
      '::ffff:10.0.0.1',
      '64:ff9b::a00:1',
      'not-an-ip',
    ]) {
      assert.equal(isPrivateAddress(a), true, a);
    }
  });
  it('lets public addresses through', () => {
    for (const a of ['8.8.8.8', '172.32.0.1', '2606:4700::1111', '::ffff:8.8.8.8']) {
      assert.equal(isPrivateAddress(a), false, a);
    }
  });
});

describe('fetchPage', () => {
  let site: { server: Server; base: string; port: number };
  // The test's own policy: loopback 127.0.0.1 counts as allowed, every other address as private.
  const onlyThisHost = { allowAddress: (a: string) => a === '127.0.0.1' };
  before(async () => {
    site = await startSite();
  });
  after(() => {
    site.server.closeAllConnections();
    site.server.close();
  });

  it('fetches a page and follows a redirect on an allowed address', async () => {
    const page = await fetchPage(`${site.base}/moved`, onlyThisHost);
    assert.equal(page.url, `${site.base}/article`);
    assert.match(page.body, /Harbour reopens after storm/);
    assert.match(page.contentType, /^text\/html/);
  });

  it('checks the resolved address of a host name, not just its spelling', async () => {
    await rejectsWith(
      fetchPage(`http://localhost:${site.port}/article`, { allowAddress: () => false }),
      403,
      /does not fetch pages from this machine or the local network \("localhost"\)/,
    );
  });

  it('refuses loopback by default, written as an IP or as a name', async () => {
    await rejectsWith(fetchPage(`${site.base}/article`), 403, /local network \("127\.0\.0\.1"\)/);
    await rejectsWith(fetchPage(`http://localhost:${site.port}/article`), 403, /local network/);
    await rejectsWith(
      fetchPage(`http://[::1]:${site.port}/article`),
      403,
      /local network \("::1"\)/,
    );
  });

  it('checks every redirect hop, so an allowed page cannot send the fetch to a refused address', async () => {
    await rejectsWith(fetchPage(`${site.base}/elsewhere`, onlyThisHost), 403, /"127\.0\.0\.2"/);
  });

  it('stops after the redirect limit', async () => {
    await rejectsWith(
      fetchPage(`${site.base}/loop`, { ...onlyThisHost, maxRedirects: 3 }),
      422,
      /redirected more than 3 times/,
    );
  });

  it('refuses addresses that are not http or https, or not addresses at all', async () => {
    await rejectsWith(
      fetchPage('ftp://example.org/a.txt'),
      400,
      /only fetches http and https addresses, not "ftp:"/,
    );
    await rejectsWith(fetchPage('file:///etc/passwd'), 400, /not "file:"/);
    await rejectsWith(fetchPage('example dot org'), 400, /is not a web address/);
    await rejectsWith(fetchPage('   '), 400, /Type the web address/);
    await rejectsWith(
      fetchPage('http://user:pw@example.org/'),
      400,
      /without a user name or password/,
    );
  });

  it('refuses a page over the size limit while it streams', async () => {
    await rejectsWith(
      fetchPage(`${site.base}/big`, { ...onlyThisHost, maxBytes: 1024 * 1024 }),
      413,
      /larger than 1 MB/,
    );
  });

  it('refuses what is not a web page, and says what the site answered', async () => {
    await rejectsWith(
      fetchPage(`${site.base}/picture`, onlyThisHost),
      415,
      /gives "image\/png", not a web page/,
    );
    await rejectsWith(fetchPage(`${site.base}/gone`, onlyThisHost), 422, /answered with error 404/);
  });

  it('gives up on a site that does not answer within the deadline', async () => {
    await rejectsWith(
      fetchPage(`${site.base}/silent`, { ...onlyThisHost, timeoutMs: 300 }),
      422,
      /took too long to answer\. Try again later, or open the page in your browser, copy the article text and paste it/,
    );
  });

  it('answers 422 with the way round, never a 5xx, when nothing listens at the address', async () => {
    const port = await closedPort();
    await rejectsWith(
      fetchPage(`http://127.0.0.1:${port}/article`, onlyThisHost),
      422,
      /"127\.0\.0\.1" could not be reached from this server\. Open the page in your browser, copy the article text and paste it/,
    );
  });
});

describe('adding a lesson from a web address', () => {
  let site: { server: Server; base: string; port: number };
  let open: TestApp & { agent: Agent };
  let strict: TestApp & { agent: Agent };

  async function signedIn(allowPrivateUrls: boolean) {
    const t = await makeTestApp({ teacherPassword: PASSWORD, allowPrivateUrls });
    const agent = request.agent(t.app);
    assert.equal((await signIn(agent, PASSWORD)).status, 303);
    return { ...t, agent };
  }

  before(async () => {
    site = await startSite();
    open = await signedIn(true);
    strict = await signedIn(false);
  });
  after(async () => {
    site.server.closeAllConnections();
    site.server.close();
    await open.cleanup();
    await strict.cleanup();
  });

  it('makes a lesson from a page served on loopback when BYLINE_ALLOW_PRIVATE_URLS allows it', async () => {
    const page = await open.agent.get('/teacher/lessons/url').expect(200);
    assert.match(page.text, /name="url"/);
    const before = (await open.store.listLessons()).length;
    const res = await postForm(open.agent, '/teacher/lessons/url', {
      url: `${site.base}/moved`,
      title: '',
    });
    assert.equal(res.status, 303);
    const lessons = await open.store.listLessons();
    assert.equal(lessons.length, before + 1);
    const made = lessons.at(-1);
    assert.equal(made?.title, 'Harbour reopens after storm');
    assert.match(made?.text ?? '', /said harbour master Ines Alvarez/);
    assert.doesNotMatch(made?.text ?? '', /Home/);
    assert.equal(res.headers.location, `/teacher/lessons/${made?.id}`);
  });

  it("keeps the teacher's own title and takes plain text as it is", async () => {
    const res = await postForm(open.agent, '/teacher/lessons/url', {
      url: `${site.base}/plain`,
      title: 'My title',
    });
    assert.equal(res.status, 303);
    const made = (await open.store.listLessons()).at(-1);
    assert.equal(made?.title, 'My title');
    assert.match(made?.text ?? '', /^Plain headline/);
  });

  it('refuses loopback without the setting, with the reason on the form and nothing stored', async () => {
    const before = (await strict.store.listLessons()).length;
    const res = await postForm(strict.agent, '/teacher/lessons/url', {
      url: `${site.base}/article`,
    });
    assert.equal(res.status, 403);
    assert.match(res.text, /does not fetch pages from this machine or the local network/);
    assert.match(res.text, new RegExp(`value="${site.base}/article"`));
    assert.equal((await strict.store.listLessons()).length, before);
  });

  it('shows a 4xx page for a bad address, a missing field or a page without an article', async () => {
    assert.equal(
      (await postForm(open.agent, '/teacher/lessons/url', { url: 'gopher://x' })).status,
      400,
    );
    assert.equal((await postForm(open.agent, '/teacher/lessons/url', {})).status, 400);
    const res = await postForm(open.agent, '/teacher/lessons/url', { url: `${site.base}/gone` });
    assert.equal(res.status, 422);
    assert.match(res.text, /answered with error 404/);
  });

  it('answers an unreachable site with a 422 form that offers pasting the text instead, keeping the address', async () => {
    const url = `http://127.0.0.1:${await closedPort()}/article`;
    const before = (await open.store.listLessons()).length;
    const res = await postForm(open.agent, '/teacher/lessons/url', { url });
    assert.equal(res.status, 422);
    assert.match(res.text, /could not be reached from this server/);
    assert.match(
      res.text,
      /href="\/teacher\/lessons\/new">Paste the text or upload the saved page instead/,
    );
    assert.match(res.text, new RegExp(`value="${url}"`));
    assert.equal((await open.store.listLessons()).length, before);
  });
});
