import assert from 'node:assert/strict';
import { extractArticle } from '../server/lessons/extract.ts';

const page = (story: string) =>
  `<html><head><title>Search widens for missing jet</title></head><body><article>
  <h1>Search widens for missing jet</h1>${story}</article></body></html>`;

const paragraphs = (story: string) => extractArticle(page(story))?.text.split('\n\n').slice(1);

describe('extractArticle(page whose blocks hold other blocks)', () => {
  it('keeps each paragraph of a story set inside one <p> apart', () => {
    assert.deepEqual(
      paragraphs(
        '<p><span id="articleText"><p>Ships from four countries joined the search on Tuesday morning.</p>' +
          '<p>The agency said the plane was probably at the bottom of the sea by now.</p></span></p>',
      ),
      [
        'Ships from four countries joined the search on Tuesday morning.',
        'The agency said the plane was probably at the bottom of the sea by now.',
      ],
    );
  });

  it('gives a list item of two paragraphs two paragraphs', () => {
    assert.deepEqual(
      paragraphs(
        '<p>The minister listed the steps the government would take next week.</p><ul><li>' +
          '<p>Divers will search the wreck site from first light.</p>' +
          '<p>Families will be flown to the port at the state’s cost.</p></li></ul>',
      ),
      [
        'The minister listed the steps the government would take next week.',
        'Divers will search the wreck site from first light.',
        'Families will be flown to the port at the state’s cost.',
      ],
    );
  });

  it('keeps a block’s own words before and after the paragraph inside it', () => {
    assert.deepEqual(
      paragraphs(
        '<blockquote>The search will go on until the plane is found, the chief said on Monday.' +
          '<p>“We owe it to the families of every passenger on board,” he told reporters.</p>' +
          'He spoke at the airport in Surabaya.</blockquote>',
      ),
      [
        'The search will go on until the plane is found, the chief said on Monday.',
        '“We owe it to the families of every passenger on board,” he told reporters.',
        'He spoke at the airport in Surabaya.',
      ],
    );
  });
});
