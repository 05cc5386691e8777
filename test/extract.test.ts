import assert from 'node:assert/strict';
import { extractArticle } from '../server/lessons/extract.ts';
import { articleTextProblem, MAX_TEXT_CHARS } from '../server/lessons/extract-check.ts';
import { MAX_UPLOAD_BYTES, textFromUpload } from '../server/lessons/extract-upload.ts';

const PAGE = `<!doctype html><html><head><title>The Daily Gull | Harbour reopens after storm</title></head>
<body><nav><a href="/">Home</a> <a href="/sport">Sport</a></nav>
<article><h1>Harbour reopens after storm</h1>
<p>The harbour reopened on Tuesday after three days of closure, the port authority said in a statement.</p>
<p>"We are relieved to welcome boats back," said harbour master Ines Alvarez, who oversaw the repairs to the pier.</p>
<p>Critics called the slow response a disgrace that exposed years of neglect by the council.</p>
</article><footer>© The Daily Gull. All rights reserved.</footer></body></html>`;

describe('extractArticle', () => {
  it('puts the headline first and each paragraph after a blank line', () => {
    const got = extractArticle(PAGE);
    assert.equal(got?.title, 'Harbour reopens after storm');
    const parts = got?.text.split('\n\n') ?? [];
    assert.equal(parts[0], 'Harbour reopens after storm');
    assert.equal(parts.length, 4);
    assert.match(parts[2] ?? '', /^"We are relieved/);
  });

  it('leaves out navigation and footer', () => {
    const text = extractArticle(PAGE)?.text ?? '';
    assert.doesNotMatch(text, /Sport|All rights reserved/);
  });

  it('returns null for a page without an article', () => {
    assert.equal(extractArticle('<html><body><nav>Home</nav></body></html>'), null);
  });
});

describe('textFromUpload', () => {
  it('accepts a .txt file as it is', () => {
    assert.deepEqual(textFromUpload('story.txt', Buffer.from('Headline\n\nA sentence.')), {
      ok: true,
      text: 'Headline\n\nA sentence.',
      title: null,
    });
  });

  it('strips Markdown headings, emphasis and links from a .md file', () => {
    const got = textFromUpload(
      'story.MD',
      Buffer.from('# Headline\n\nThe **mayor** said [this](http://x) was _fine_.'),
    );
    assert.deepEqual(got, {
      ok: true,
      text: 'Headline\n\nThe mayor said this was fine.',
      title: null,
    });
  });

  it('extracts the article of an .html file', () => {
    const got = textFromUpload('page.html', Buffer.from(PAGE));
    assert.equal(got.ok && got.title, 'Harbour reopens after storm');
  });

  it('rejects other extensions', () => {
    assert.deepEqual(textFromUpload('story.pdf', Buffer.from('%PDF-1.4')), {
      ok: false,
      reason: 'wrong-type',
    });
  });

  it('rejects binary content behind a text extension', () => {
    assert.deepEqual(textFromUpload('story.txt', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 1, 2])), {
      ok: false,
      reason: 'binary',
    });
  });

  it('rejects an empty or blank file', () => {
    assert.deepEqual(textFromUpload('story.txt', Buffer.from(' \n\n ')), {
      ok: false,
      reason: 'empty',
    });
  });

  it('rejects a file over the size limit', () => {
    assert.deepEqual(textFromUpload('story.txt', Buffer.alloc(MAX_UPLOAD_BYTES + 1, 'a')), {
      ok: false,
      reason: 'too-big',
    });
  });

  it('rejects an .html file that is not HTML and a .txt file that is', () => {
    assert.deepEqual(textFromUpload('page.html', Buffer.from('just words')), {
      ok: false,
      reason: 'wrong-type',
    });
    assert.deepEqual(textFromUpload('page.txt', Buffer.from(PAGE)), {
      ok: false,
      reason: 'wrong-type',
    });
  });

  it('rejects an HTML page with no article', () => {
    assert.deepEqual(
      textFromUpload('page.html', Buffer.from('<html><body><div></div></body></html>')),
      {
        ok: false,
        reason: 'no-article',
      },
    );
  });
});

describe('articleTextProblem', () => {
  it('accepts a few sentences of prose', () => {
    assert.equal(
      articleTextProblem('Headline here\n\nThe council met on Friday to discuss repairs.'),
      null,
    );
  });

  it('rejects blank, overlong, spaceless and too-short text with the right status', () => {
    assert.equal(articleTextProblem('  \n ')?.status, 400);
    assert.equal(articleTextProblem('word '.repeat(MAX_TEXT_CHARS / 5 + 1))?.status, 413);
    assert.equal(
      articleTextProblem(`Some words then ${'y'.repeat(301)} and more words.`)?.status,
      422,
    );
    assert.equal(articleTextProblem('Two words.')?.status, 422);
  });
});
