import assert from 'node:assert/strict';
import { labelOf, labels, speakers } from './helpers/short-article.ts';
import { UTTERING_FORMS } from '../server/analysis/lexicon/uttering-verbs.ts';

describe('a verb in -s after a relative "which" or "that" (retagRelativeVerbs)', () => {
  it('attributes "Name, the company which controls 51% of X, says …"', () => {
    assert.equal(
      labelOf(
        'Group Menatep, the Gibraltar-based holding company which controls 51% of Yukos, says this was illegal.',
      ),
      'attributed',
    );
  });

  it('attributes "Name, the firm that owns the club, said …"', () => {
    assert.equal(
      labelOf('Glazer, the tycoon that controls the club, said the debt was manageable.'),
      'attributed',
    );
  });

  it('leaves a noun that opens the relative clause\'s subject a noun ("which critics say")', () => {
    assert.notEqual(
      labelOf('The law, which critics say is too weak, passed on Monday.'),
      'attributed',
    );
  });

  it('leaves "that" after a verb a clause ("showed that costs rose")', () => {
    assert.equal(labelOf('Figures showed that costs rose by 4% in May.'), 'attributed');
  });
});

describe('the forms of a verb that only speaks (lexicon/uttering-verbs.ts)', () => {
  it('doubles the last consonant after "qu" as after any consonant ("quipped", "quipping")', () => {
    assert.ok(UTTERING_FORMS.has('quipped'));
    assert.ok(UTTERING_FORMS.has('quipping'));
    assert.ok(UTTERING_FORMS.has('admitted'));
  });
});

describe('"it" after the object of a verb of telling opens a clause of its own (grammar/phrases.ts, npEndingAt)', () => {
  it('gives the words quoted after "told Reuters it expected" to whoever told', () => {
    assert.deepEqual(speakers('The bank told Reuters it expected losses to be "modest".'), [
      'The bank',
    ]);
    assert.deepEqual(
      speakers(
        'Lloyds of London told the Financial Times it expected its exposure to be limited to "holiday resorts and marine risks".',
      ),
      ['Lloyds of London'],
    );
  });
});

describe("a title's abbreviation cut from its period before a name (grammar/abbreviated-titles.ts)", () => {
  it('gives the quotation to the name after "the Rev." and "Maj."', () => {
    assert.deepEqual(
      speakers(
        '"We gather to revive the memory of the dead," said the Rev. Roy Bourgeois, a Catholic priest.',
      ),
      ['Roy Bourgeois'],
    );
    assert.deepEqual(speakers('"The road is open," said Maj. Ann Lee.'), ['Ann Lee']);
  });

  it('leaves a lower-case word before a full stop alone', () => {
    assert.deepEqual(labels('The engine hit the top of the rev. The car stopped.'), [
      'fact',
      'fact',
    ]);
  });
});

describe("a member's party and state between a closing tag's name and its verb (quotes/speakers/closing-tag.ts)", () => {
  it('gives a partial quotation to the name before ", R-Calif., said"', () => {
    assert.deepEqual(
      speakers(
        'Another provision would give a "fresh start" to the tanker program, House Armed Services Chairman Duncan Hunter, R-Calif., said.',
      ),
      ['Duncan Hunter'],
    );
  });
});
