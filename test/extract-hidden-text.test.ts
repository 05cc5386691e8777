import assert from 'node:assert/strict';
import { extractArticle } from '../server/lessons/extract.ts';

// Invented story paragraphs, long enough for Readability to take the <article> as the story.
const REST = [
  'Engineers told the meeting that the arches had cracked during the spring storms and could not carry lorries much longer.',
  'Residents on both banks have waited three years for the repairs, and several shopkeepers said their trade had halved since the closure.',
  'The work will begin next month and is expected to take about forty weeks, the council said in a statement.',
];

function firstParagraph(opening: string): string | undefined {
  const html = `<!doctype html><html><head><title>Bridge to be rebuilt</title></head><body><article>
<h1>Bridge to be rebuilt</h1><p>${opening}</p>${REST.map((s) => `<p>${s}</p>`).join('\n')}</article></body></html>`;
  return extractArticle(html)?.text.split('\n\n')[1];
}

describe('extractArticle: text no reader sees (hover-cards.ts)', () => {
  it('leaves out a hover card about a person and keeps the name it hangs on', () => {
    const opening =
      'Council leader <span class="rollover-people"><a class="rollover-people-link" href="/people/ana-ruiz">Ana ' +
      'Ruiz</a><span class="rollover-people-block"><a class="name" href="/people/ana-ruiz">Ana Maria Ruiz</a>' +
      '<a href="/news/1">Ruiz wins second term</a> MORE</span></span> said on Monday the bridge would be rebuilt before winter.';
    assert.equal(
      firstParagraph(opening),
      'Council leader Ana Ruiz said on Monday the bridge would be rebuilt before winter.',
    );
  });

  it('leaves out a tooltip’s text and an element marked hidden', () => {
    const opening =
      'The council voted to rebuild the <span class="tooltip">viaduct<span class="tooltip-text">a bridge of arches' +
      '</span></span> over the river<span hidden> (hidden note)</span> before the winter floods arrive.';
    assert.equal(
      firstParagraph(opening),
      'The council voted to rebuild the viaduct over the river before the winter floods arrive.',
    );
  });

  it('keeps a story’s own words in an element whose class merely mentions a popup elsewhere', () => {
    const opening =
      'The council voted on Monday to rebuild the <span class="rollover-people">old stone bridge</span> over the river before the floods.';
    assert.equal(
      firstParagraph(opening),
      'The council voted on Monday to rebuild the old stone bridge over the river before the floods.',
    );
  });
});
