import assert from 'node:assert/strict';
import { findQuotes } from '../server/analysis/quotes/quotes.ts';
import { segments } from './helpers/segments.ts';

function quotesOf(paragraphs: string[][]): { text: string; speaker: string | null }[] {
  const segs = segments(paragraphs);
  return findQuotes(segs)
    .flat()
    .map((q) => ({ text: q.text, speaker: q.speaker }));
}

describe('findQuotes(misplaced marks)', () => {
  it('opens a quotation at a mark glued to the comma before it and spaced from its words', () => {
    assert.deepEqual(
      quotesOf([
        [
          'The guide Lena Ortiz said," Visitors often stop at the old well first". The tour ends at noon.',
        ],
      ]),
      [{ text: 'Visitors often stop at the old well first', speaker: 'Lena Ortiz' }],
    );
  });

  it('opens one before a bracketed name ("[The painter] kept ...")', () => {
    const [q] = quotesOf([['Rosa Inga, a curator, said," [The painter] kept every sketch".']]);
    assert.deepEqual(q, { text: '[The painter] kept every sketch', speaker: 'Rosa Inga' });
  });

  it('keeps a mark after a comma that ends a quotation as its closing mark', () => {
    assert.deepEqual(quotesOf([['"We will rebuild the bridge," the mayor Ana Ruiz said.']]), [
      { text: 'We will rebuild the bridge,', speaker: 'Ana Ruiz' },
    ]);
  });

  it('keeps a lone mark after a comma closing when nothing later in the sentence could close it', () => {
    assert.deepEqual(quotesOf([['The work was slow," he added later on Monday.']]), []);
  });

  it('closes an open quotation at a “ glued to the words before it ("decision.“ Then")', () => {
    const quotes = quotesOf([
      [
        'Senator Joan Webb said, "The choice ignores our city.',
        'It is a poor decision.“ However, the centre gets two seats.',
      ],
    ]);
    assert.deepEqual(
      quotes.map((q) => q.text),
      ['The choice ignores our city.', 'It is a poor decision.'],
    );
    assert.ok(quotes.every((q) => q.speaker === 'Joan Webb'));
  });
});

describe('findQuotes(long titles before a name)', () => {
  it('labels the words after "Title of the Body for Field First Last:" with the name alone', () => {
    const [q] = quotesOf([
      ['Deputy Undersecretary of the Navy for Research Nora Quill: "The trials can wait."'],
    ]);
    assert.equal(q!.speaker, 'Nora Quill');
  });

  it('drops a body word read as the title ("Director of Air Force Communications Tom Vale:")', () => {
    const [q] = quotesOf([
      ['Aide to the Minister and Director of Air Force Communications Tom Vale: "Hold the memo."'],
    ]);
    assert.equal(q!.speaker, 'Tom Vale');
  });

  it('strips the title from a subject ("Assistant Secretary of the Navy for Research Ana Lopez defended it")', () => {
    const [q] = quotesOf([
      [
        'Assistant Secretary of the Navy for Research Ana Lopez defended the plan, saying "It was fair."',
      ],
    ]);
    assert.equal(q!.speaker, 'Ana Lopez');
  });

  it('keeps a three-word name after "Secretary of State"', () => {
    const [q] = quotesOf([['Secretary of State Hillary Rodham Clinton: "We will go."']]);
    assert.equal(q!.speaker, 'Hillary Rodham Clinton');
  });
});

describe('findQuotes(owned works and cut names)', () => {
  it('gives the words of "X\'s recent survey of its readers" to X', () => {
    const [q] = quotesOf([
      ['The Valley Gazette\'s recent survey of its own readers concluded, "Most want more sport."'],
    ]);
    assert.equal(q!.speaker, 'Valley Gazette');
  });

  it('keeps a possessed person as the speaker ("Ann Berg\'s lawyer said")', () => {
    const [q] = quotesOf([['Ann Berg\'s lawyer said, "She will appeal."']]);
    assert.equal(q!.speaker, "Ann Berg's lawyer");
  });

  it('keeps a body word the tagger read as a verb in the name after "according to"', () => {
    const [q] = quotesOf([
      ['By then, "the roof was gone", according to the Sydney Morning Herald.'],
    ]);
    assert.equal(q!.speaker, 'Sydney Morning Herald');
  });
});

describe('findQuotes(the same unnamed speaker again)', () => {
  it('gives "The reader later added" to the "One reader" quoted before', () => {
    const quotes = quotesOf([
      [
        'One reader wrote in, saying "The bridge is late."',
        'The reader later added that "Nobody told us."',
      ],
    ]);
    assert.deepEqual(
      quotes.map((q) => q.speaker),
      ['One reader', 'One reader'],
    );
  });
});
