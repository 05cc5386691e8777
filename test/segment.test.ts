import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { segmentArticle, segmentLines } from '../server/analysis/segment/segment.ts';
import type { Segment } from '../server/analysis/types.ts';

const body = (text: string) => segmentArticle(`Title\n\n${text}`).slice(1);
const texts = (text: string) => body(text).map((s) => s.text);
const collapse = (s: string) => s.replace(/\s+/g, ' ').trim();

function assertOffsets(text: string, segments: Segment[]) {
  for (const s of segments) assert.equal(collapse(text.slice(s.start, s.end)), s.text);
}

describe('segmentArticle(headline and paragraphs)', () => {
  it('takes the first non-empty line as the headline, paragraph 0', () => {
    const [head, next] = segmentArticle(
      '\n\n  Storm hits U.S. coast. Thousands flee  \n\nThe storm came.',
    );
    assert.deepEqual(
      [head?.kind, head?.paragraph, head?.text],
      ['headline', 0, 'Storm hits U.S. coast. Thousands flee'],
    );
    assert.deepEqual([next?.kind, next?.paragraph], ['body', 1]);
  });

  it('drops a "# " heading mark but points start at the heading text', () => {
    const text = '# Storm hits coast\n\nThe storm came.';
    const [head] = segmentArticle(text);
    assert.equal(head?.text, 'Storm hits coast');
    assert.equal(text.slice(head!.start, head!.end), 'Storm hits coast');
  });

  it('numbers paragraphs separated by blank lines or single newlines', () => {
    const segments = body('One. Two.\n\nThree.\nFour.');
    assert.deepEqual(
      segments.map((s) => [s.paragraph, s.text]),
      [
        [1, 'One.'],
        [1, 'Two.'],
        [2, 'Three.'],
        [3, 'Four.'],
      ],
    );
  });

  it('reads a hard-wrapped text with single newlines inside sentences as running text', () => {
    const wrapped =
      'The storm hit the coast on\nMonday and the mayor said\nthat it was the worst in\nyears. Roads were closed.\n\nSchools stay shut.';
    assert.deepEqual(texts(wrapped), [
      'The storm hit the coast on Monday and the mayor said that it was the worst in years.',
      'Roads were closed.',
      'Schools stay shut.',
    ]);
  });

  it('does not take single-newline captions and list items for hard-wrapped text', () => {
    const text =
      'Storm hits coast\nThe storm came.\nA flooded street in Leeds\nRoads closed.\n- Bus lines stopped\n- Schools shut\nIt rained.';
    assert.deepEqual(
      segmentArticle(text).map((s) => [s.paragraph, s.kind]),
      [
        [0, 'headline'],
        [1, 'body'],
        [2, 'caption'],
        [3, 'body'],
        [4, 'body'],
        [5, 'body'],
        [6, 'body'],
      ],
    );
  });

  it('keeps list items apart in a hard-wrapped text', () => {
    const wrapped =
      'The council said the\nroads were shut and\nthe mayor agreed that\nit was bad:\n1. Bus lines stopped.\n2. Schools shut.';
    assert.deepEqual(texts(wrapped), [
      'The council said the roads were shut and the mayor agreed that it was bad:',
      '1. Bus lines stopped.',
      '2. Schools shut.',
    ]);
  });

  it('handles \\r\\n line ends with offsets into the original text', () => {
    const text = 'Title\r\n\r\nFirst sentence. Second one.\r\n\r\nLast one.\r\n';
    const segments = segmentArticle(text);
    assert.deepEqual(
      segments.map((s) => s.text),
      ['Title', 'First sentence.', 'Second one.', 'Last one.'],
    );
    assertOffsets(text, segments);
  });

  it('keeps the sentence as written with whitespace runs collapsed, and offsets that slice back to it', () => {
    const text = 'Title\n\nThe  mayor\tspoke   at noon.   Then   she left.';
    const segments = segmentArticle(text);
    assert.deepEqual(
      segments.map((s) => s.text),
      ['Title', 'The mayor spoke at noon.', 'Then she left.'],
    );
    assert.deepEqual([segments[1]?.start, segments[2]?.end], [7, text.length]);
    assertOffsets(text, segments);
  });
});

describe('segmentArticle(captions)', () => {
  it('makes a short paragraph without a full stop a caption, never merged into the next sentence', () => {
    const segments = body(
      'The mayor spoke.\n\nThe mayor speaks to reporters in Santa Teresa, New Mexico\n\nShe left at noon.',
    );
    assert.deepEqual(
      segments.map((s) => [s.kind, s.text]),
      [
        ['body', 'The mayor spoke.'],
        ['caption', 'The mayor speaks to reporters in Santa Teresa, New Mexico'],
        ['body', 'She left at noon.'],
      ],
    );
  });

  it('keeps a caption ending in a quoted term one caption', () => {
    const [, caption] = body(
      'Officials met.\n\nThe drug is now classified as a ‘weapon of mass destruction’\n\nThey left.',
    );
    assert.equal(caption?.kind, 'caption');
  });

  it("treats an article's last paragraph without a full stop as a body sentence", () => {
    const segments = body(
      'Caloundra won.\n\nIn other results, Maroochydore defeated Caboolture 43–5',
    );
    assert.deepEqual(
      segments.map((s) => s.kind),
      ['body', 'body'],
    );
  });

  it('does not treat a paragraph ending with a colon before quoted material as a caption', () => {
    const segments = body(
      'There has been skepticism about the plan:\n\n"It will fail," a protester said.',
    );
    assert.deepEqual(
      segments.map((s) => s.kind),
      ['body', 'body'],
    );
  });

  it('does not treat a list item or a paragraph cut off after "to" as a caption', () => {
    const segments = body('Results:\n\n1. Unofficial results\n\nWe want to\n\nIt goes further.');
    assert.deepEqual(
      segments.map((s) => [s.kind, s.text]),
      [
        ['body', 'Results:'],
        ['body', '1. Unofficial results'],
        ['body', 'We want to'],
        ['body', 'It goes further.'],
      ],
    );
  });

  it('does not treat a dash-led attribution line under a block quote as a caption', () => {
    const segments = body(
      'Are they locked inside?\n\n– Coast Guard dispatcher, CNN\n\nThe fire was put out.',
    );
    assert.equal(segments[1]?.kind, 'body');
  });
});

describe('segmentArticle(sentences broken across a paragraph break)', () => {
  it('joins a paragraph ending in an abbreviation with a verbless continuation, with one space', () => {
    const text =
      'Title\n\nThe plan would embed U.S.\n\nSpecial Forces units within local brigades to conduct raids.\n\nIt failed.';
    const [, joined, next] = segmentArticle(text);
    assert.equal(
      joined?.text,
      'The plan would embed U.S. Special Forces units within local brigades to conduct raids.',
    );
    assert.equal(joined?.start, text.indexOf('The plan'));
    assert.equal(joined?.end, text.indexOf('raids.') + 'raids.'.length);
    assert.deepEqual([joined?.paragraph, next?.paragraph], [1, 2]);
  });

  it('does not join after an abbreviation when the next paragraph is a sentence of its own', () => {
    assert.deepEqual(texts('Officials flew to the U.S.\n\nThe next day they met.'), [
      'Officials flew to the U.S.',
      'The next day they met.',
    ]);
    assert.deepEqual(
      texts('Officials flew to the U.S.\n\nMexican President Claudia Sheinbaum said it was fine.'),
      ['Officials flew to the U.S.', 'Mexican President Claudia Sheinbaum said it was fine.'],
    );
  });

  it('joins a paragraph stopping on a verb with a verbless continuation, but keeps a caption apart', () => {
    assert.deepEqual(
      texts(
        'The plan would involve embedding\n\nSpecial Forces units within local brigades to conduct raids.\n\nEnd.',
      ),
      [
        'The plan would involve embedding Special Forces units within local brigades to conduct raids.',
        'End.',
      ],
    );
    const segments = body(
      'It began.\n\nSoldiers guard the wall in Santa Teresa\n\nThe White House is pushing.\n\nEnd.',
    );
    assert.deepEqual(
      segments.map((s) => s.kind),
      ['body', 'caption', 'body', 'body'],
    );
  });

  it('joins a paragraph cut off mid-phrase or continued in lower case', () => {
    assert.deepEqual(texts('The plan would send the\n\nWhite House staff to Mexico.'), [
      'The plan would send the White House staff to Mexico.',
    ]);
    assert.deepEqual(texts('The plan would send troops\n\nacross the border.'), [
      'The plan would send troops across the border.',
    ]);
  });
});

describe('segmentArticle(abbreviations and dotted words)', () => {
  it('does not split at titles, initialisms, months, times or company suffixes', () => {
    const sentence =
      'Dr. Smith met Mr. and Mrs. Jones of Acme Inc. and Bolt Corp. in St. Louis on Jan. 5 and Sept. 9 at 3 p.m. with the C.I.A. and U.K. officials.';
    assert.deepEqual(texts(`${sentence} They left.`), [sentence, 'They left.']);
  });

  it('does not split at an AP-style state name before a title, or at "est." before a year', () => {
    const sentence =
      'In Riverside, Calif. Gov. Gavin Newsom opened the hall (est. 1990) on Monday.';
    assert.deepEqual(texts(`${sentence} It rained.`), [sentence, 'It rained.']);
  });

  it('does not split at e.g., i.e., vs., No. before a number or Jr. before a lower-case word', () => {
    const sentence =
      'Some teams, e.g. Leeds vs. Hull, i.e. rivals, played No. 10 and Smith Jr. said so.';
    assert.deepEqual(texts(sentence), [sentence]);
  });

  it('does not split inside domain names, decimals or initials', () => {
    const sentence = 'J. K. Rowling told Znak.com and News.com.au that 3.5 percent agreed.';
    assert.deepEqual(texts(sentence), [sentence]);
  });

  it('splits before a name with a lower-case particle joined by a hyphen', () => {
    assert.deepEqual(
      texts('The convoy was hit near the airport. al-Amiri was in the second car.'),
      ['The convoy was hit near the airport.', 'al-Amiri was in the second car.'],
    );
  });

  it('splits a Hindi passage at each danda', () => {
    assert.deepEqual(texts('वह घर गया। फिर वह सो गया।'), ['वह घर गया।', 'फिर वह सो गया।']);
  });

  it('splits after an abbreviation or domain when the next word plainly opens a sentence', () => {
    assert.deepEqual(texts('He flew to the U.S. The next day he left.'), [
      'He flew to the U.S.',
      'The next day he left.',
    ]);
    assert.deepEqual(texts('He wrote to Znak.com. Then he left.'), [
      'He wrote to Znak.com.',
      'Then he left.',
    ]);
    assert.deepEqual(texts('The U.S. Army said so.'), ['The U.S. Army said so.']);
    assert.deepEqual(texts('Sales fell. iPhone sales rose.'), [
      'Sales fell.',
      'iPhone sales rose.',
    ]);
  });
});

describe('segmentArticle(times)', () => {
  it('keeps a time with its zone or day but splits before a new sentence', () => {
    assert.deepEqual(texts('It began at 3 p.m. EDT and ended at 6 a.m. Tongan time. It rained.'), [
      'It began at 3 p.m. EDT and ended at 6 a.m. Tongan time.',
      'It rained.',
    ]);
    assert.deepEqual(texts('The curfew ran until 6 a.m. Thailand planned a longer one.'), [
      'The curfew ran until 6 a.m.',
      'Thailand planned a longer one.',
    ]);
  });
});

describe('segmentArticle(quotations)', () => {
  it('splits a quotation of several sentences at its own sentence ends and after its closing mark', () => {
    assert.deepEqual(texts('He said "I can. I will." Then he left.'), [
      'He said "I can.',
      'I will."',
      'Then he left.',
    ]);
  });

  it('does not split inside a quotation where no sentence ends', () => {
    assert.deepEqual(
      texts('He called it "the U.S. Army plan, e.g. raids at 3 p.m. daily" and left.'),
      ['He called it "the U.S. Army plan, e.g. raids at 3 p.m. daily" and left.'],
    );
  });

  it('splits after a curly closing quote that holds the full stop', () => {
    assert.deepEqual(
      texts('It is now a ‘weapon of mass destruction.’ This reclassification matters.'),
      ['It is now a ‘weapon of mass destruction.’', 'This reclassification matters.'],
    );
  });

  it('does not take an apostrophe for a closing quote', () => {
    assert.deepEqual(texts("Trump’s aides said we’d win. ‘Stop,’ he said. 'We can.' She agreed."), [
      'Trump’s aides said we’d win.',
      '‘Stop,’ he said.',
      "'We can.'",
      'She agreed.',
    ]);
  });

  it('keeps a quote followed by a comma and its speaker in one sentence', () => {
    const sentence =
      '"It\'s a better performance than what we put on last week", Wynnum coach Matt Myers said.';
    assert.deepEqual(texts(`${sentence} "We won."`), [sentence, '"We won."']);
  });

  it('does not split after a quoted question followed by its reporting clause', () => {
    assert.deepEqual(
      texts('"Who would steal a toilet?" wrote the artist. "Who?" Cattelan asked. Then he left.'),
      ['"Who would steal a toilet?" wrote the artist.', '"Who?" Cattelan asked.', 'Then he left.'],
    );
  });

  it('keeps an outer closing mark set off by a space after a nested quotation with the sentence it closes', () => {
    assert.deepEqual(
      texts(`The mayor wrote: "Then the clerk told me, 'We are closed.' " Nobody replied.`),
      [`The mayor wrote: "Then the clerk told me, 'We are closed.' "`, 'Nobody replied.'],
    );
    assert.deepEqual(texts('She posted: "He said, \'Wait.\'\u2009" Then she left.'), [
      'She posted: "He said, \'Wait.\' "', // the thin space reads as a space
      'Then she left.',
    ]);
  });

  it('does not take an opening mark after a space for the close of the sentence before', () => {
    assert.deepEqual(texts(`He said, 'Wait.' "Why?" she asked.`), [
      `He said, 'Wait.'`,
      '"Why?" she asked.',
    ]);
  });

  it("treats a bracketed full stop at a quote's end as the sentence end", () => {
    assert.deepEqual(texts('He said, "Ebola is curable[.]" He left.'), [
      'He said, "Ebola is curable[.]"',
      'He left.',
    ]);
  });
});

describe('segmentArticle(ellipses and emphasis)', () => {
  it('opens the next sentence with a bracketed elision that follows a stop, inside a quote too', () => {
    assert.deepEqual(
      texts('She said it was "a lot of confusion. [...] [He] was trying to ask." They met.'),
      ['She said it was "a lot of confusion.', '[...] [He] was trying to ask."', 'They met.'],
    );
    assert.deepEqual(texts('Are they locked in? [...] Roger, is it burning?'), [
      'Are they locked in?',
      '[...] Roger, is it burning?',
    ]);
  });

  it('does not end a sentence at a bracketed elision without a stop', () => {
    assert.deepEqual(texts('Is it engulfed right now [...] Roger, is there no hatch?'), [
      'Is it engulfed right now [...] Roger, is there no hatch?',
    ]);
  });

  it('ends a sentence at a bare ellipsis only before a capitalised word', () => {
    assert.deepEqual(texts('He was... well, tired. I waited... Then he came.'), [
      'He was... well, tired.',
      'I waited...',
      'Then he came.',
    ]);
    assert.deepEqual(texts('They want a say in the governing of [...] Australia.'), [
      'They want a say in the governing of [...] Australia.',
    ]);
  });

  it('keeps markdown emphasis as written', () => {
    assert.deepEqual(texts('Officials spoke to *The New York Times*. *Fox News* agreed.'), [
      'Officials spoke to *The New York Times*.',
      '*Fox News* agreed.',
    ]);
  });
});

describe('segmentArticle(seed article)', () => {
  const text = readFileSync(
    new URL('../content/000_01eb33c84de12762.txt', import.meta.url),
    'utf8',
  );
  const segments = segmentArticle(text);

  it('yields the image captions as captions', () => {
    const captions = segments.filter((s) => s.kind === 'caption').map((s) => s.text);
    assert.equal(captions.length, 4);
    assert.match(
      captions[0]!,
      /^Fentanyl is now officially classified .* ‘weapon of mass destruction’$/,
    );
    assert.match(captions[2]!, /^US Army soldiers guard .* New Mexico$/);
  });

  it('joins the sentence broken after "U.S." across a paragraph break', () => {
    const joined = segments.find((s) =>
      s.text.startsWith('The proposed strategy would involve embedding U.S.'),
    );
    assert.match(joined!.text, /embedding U\.S\. Special Operations forces .* facilities\.$/);
  });

  it('splits after the closing quote of ‘the participation of U.S. forces.’', () => {
    const i = segments.findIndex((s) => s.text.endsWith('‘the participation of U.S. forces.’'));
    assert.ok(i > 0);
    assert.match(segments[i + 1]!.text, /^The two leaders, however/);
  });

  it('finds the same sentences when the article is hard-wrapped at 72 columns', () => {
    const wrap = (p: string) => p.replace(/(.{1,72})(?: |$)/g, '$1\n').trimEnd();
    const [head, ...rest] = text.split(/\n\s*\n/);
    const wrapped = [head, ...rest.map(wrap)].join('\n\n');
    const view = (list: Segment[]) => list.map((s) => [s.paragraph, s.kind, s.text].join('|'));
    assert.deepEqual(view(segmentArticle(wrapped)), view(segments));
  });

  it('gives offsets that slice back to every sentence', () => {
    assertOffsets(text, segments);
    assert.deepEqual(
      segments.map((s) => s.index),
      segments.map((_, i) => i),
    );
  });
});

describe('segmentLines', () => {
  it('makes each non-empty line one body sentence without segmenting it', () => {
    const text = 'First. Still first.\r\n\r\n  Second  line \r\nThird';
    const segments = segmentLines(text);
    assert.deepEqual(
      segments.map((s) => [s.index, s.paragraph, s.kind, s.text]),
      [
        [0, 0, 'body', 'First. Still first.'],
        [1, 1, 'body', 'Second line'],
        [2, 2, 'body', 'Third'],
      ],
    );
    assertOffsets(text, segments);
  });
});

describe('segmentArticle(quotations of several sentences)', () => {
  it('ends the sentence at the closing mark of a multi-sentence quotation with no stop before it', () => {
    assert.deepEqual(
      texts('She posted: "Great day! See you all soon #spring"  Spring is a tag she uses often.'),
      ['She posted: "Great day!', 'See you all soon #spring"', 'Spring is a tag she uses often.'],
    );
  });

  it('does not split after a one-sentence quotation or before a reporting clause', () => {
    assert.deepEqual(texts('He called it "a mess" Tuesday.'), ['He called it "a mess" Tuesday.']);
    assert.deepEqual(texts('"Stop. Go back now" Lee said.'), ['"Stop.', 'Go back now" Lee said.']);
  });
});
