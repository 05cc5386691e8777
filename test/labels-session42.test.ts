import assert from 'node:assert/strict';
import { labelOf, speakers } from './helpers/short-article.ts';

describe('a title between a place or court and its holder ("Federal judge Gregory Frost")', () => {
  it('reads the title as a noun, no verb of judging: "District judge Maria Lopez will hear the case" is fact', () => {
    assert.equal(labelOf('District judge Maria Lopez will hear the case in May.'), 'fact');
  });

  it('still gives the quotation of "Federal judge Gregory Frost said" to Gregory Frost', () => {
    assert.deepEqual(
      speakers('Federal judge Gregory Frost said the hearing would resume “as soon as possible.”'),
      ['Gregory Frost'],
    );
  });
});

describe('an unnamed speaker from a body whose name holds "and" ("A Department for Work and Pensions spokeswoman")', () => {
  it('is whom a later "she said" means', () => {
    assert.deepEqual(
      speakers(
        'A Department for Work and Pensions spokeswoman confirmed Mr Smith was still in post. “No date was ever given,” she said.',
      ),
      ['A Department for Work and Pensions spokeswoman'],
    );
  });
});

describe('a judging word in its literal sense', () => {
  it('reads "solid" before a kind of matter as a state of matter: "solid material in drums" is fact', () => {
    assert.equal(
      labelOf('This waste is stored in the form of glass bricks or solid material in drums.'),
      'fact',
    );
  });

  it('reads a word hyphened to a particle as the name of an act: "the nuclear clean-up programme" is fact', () => {
    assert.equal(
      labelOf("The cash raised will go towards the UK's nuclear clean-up programme."),
      'fact',
    );
  });

  it('still reads "a solid performance" and "a clean game" as the writer\'s judgement', () => {
    assert.deepEqual(
      [labelOf('The team gave a solid performance.'), labelOf('It was a clean game.')],
      ['framing', 'framing'],
    );
  });
});
