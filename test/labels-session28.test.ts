import assert from 'node:assert/strict';
import { labels, speakers } from './helpers/short-article.ts';

describe('a block quotation that goes on in the first person (blockQuoted)', () => {
  const statement = [
    'In a statement the mayor says:',
    '',
    'I had no wish to offend the bakers of this town. The poster was meant as a joke about our own cooking.',
    '',
    'I thought the subject was a light one and all of my posters are meant to make people smile. I intended no harm.',
    '',
  ];

  it('attributes a first-person paragraph right after the quoted one', () => {
    assert.deepEqual(labels(statement.join('\n')), [
      'attributed',
      'attributed',
      'attributed',
      'attributed',
      'attributed',
    ]);
  });

  it('ends the quotation at a paragraph in the third person', () => {
    const after = [
      ...statement,
      'The bakers said they would meet the mayor on Monday.',
      '',
      'The poster was taken down on Friday.',
    ];
    assert.equal(labels(after.join('\n')).at(-1), 'fact');
  });

  it('does not carry a first person outside a block quotation into one', () => {
    const column =
      'The council met on Tuesday.\n\nI asked the clerk for the minutes, and she sent them on Friday.';
    assert.deepEqual(labels(column), ['fact', 'fact']);
  });
});

describe('a tag inside a clause after a quotation (taggedClauseStart)', () => {
  const before = 'Sam Ortiz, an aide to the governor, said, "We will not give up our land."';

  it('gives a tag after the quotation to the person named before it', () => {
    assert.deepEqual(
      speakers(
        `${before}\n\nIn a speech today, Mayor Tom Reyes did not mention the aide, and he said the plan "was only to deal with these gangs", some of whom, he says, are "worse than thieves".`,
      ),
      ['Sam Ortiz', 'Tom Reyes', 'Tom Reyes'],
    );
  });

  it('still keeps a person named in the tagged clause from being its speaker', () => {
    assert.deepEqual(
      speakers(
        `${before}\n\n"We are ready," Tom Reyes said. And Sam Ortiz would lead the talks, he said, "from the first day".`,
      ),
      ['Sam Ortiz', 'Tom Reyes', 'Tom Reyes'],
    );
  });
});
