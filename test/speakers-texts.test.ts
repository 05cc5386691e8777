import assert from 'node:assert/strict';
import { speakers } from './helpers/short-article.ts';

// Session 6: a text (a decree, a statement, a court's opinion) that "reads" a quotation, and a verb of saying kept
// apart from the quotation by a phrase of where or how. Every sentence is written for the test.

describe('speakers(a text that reads a quotation speaks for its author)', () => {
  it('gives the words of a decree "signed by" someone to the signer, named by title alone', () => {
    assert.deepEqual(
      speakers(
        'Pope Gregory met the bishops in Rome on Sunday.\n\n' +
          'The decree signed by the Pope read "Every bishop must report abuse. Silence is no longer allowed."',
      ),
      ['Pope Gregory', 'Pope Gregory'],
    );
  });

  it("gives the words of a body's statement to the body, past a time word the tagger reads into the phrase", () => {
    assert.deepEqual(
      speakers(
        'The Harbour League\'s official statement yesterday read "We are saddened by the news. Please respect ' +
          'the family."',
      ),
      ['Harbour League', 'Harbour League'],
    );
  });

  it("gives a court's opinion that reads in part to the court named before", () => {
    assert.deepEqual(
      speakers(
        'The High Court of Norland ruled on Monday that the tax law was void.\n\n' +
          'The opinion of the Court, released on Monday, read in part, "[T]he law is void. The order is quashed."',
      ),
      ['High Court of Norland', 'High Court of Norland'],
    );
  });

  it('leaves a text with no author to itself, and "read" after a person to no one', () => {
    assert.deepEqual(speakers('The decree read "Taxes will rise next year."'), ['The decree']);
    assert.deepEqual(speakers('Tom Reyes read "The Old Man and the Sea" twice.'), [null]);
  });
});

describe('speakers(a verb of saying kept apart from the quotation by a phrase)', () => {
  it('reads "declared in the majority opinion," as a verb beside the quotation, lower case and all', () => {
    assert.deepEqual(
      speakers(
        'Writing for the Court, Justice Ana Ruiz declared in the majority opinion, "not every error is a ' +
          'crime. The conviction must fall."',
      ),
      ['Ana Ruiz', 'Ana Ruiz'],
    );
  });

  it('does not step over a phrase with a verb in it', () => {
    assert.deepEqual(
      speakers('Tom Reyes declared in the hall that was built last year, "a new era".'),
      [null],
    );
  });
});

describe('speakers(a text named in the clause before the quotation)', () => {
  it('gives the words of a text put out "from" its author to the author, found by title', () => {
    assert.deepEqual(
      speakers(
        'On Friday the Green Party of Norland dropped its candidate after a warning from King Olaf Berg.\n\n' +
          'The palace issued the following statement from the king: "She is royal. Running is wrong."',
      ),
      ['Olaf Berg', 'Olaf Berg'],
    );
  });

  it("gives the words after a verb that answers someone's statement to the subject, not the statement's owner", () => {
    assert.deepEqual(
      speakers(
        'Ana Ruiz opposed Tom Hale\'s statement: "The plan of the mayor is a disgrace to the city."',
      ),
      ['Ana Ruiz'],
    );
  });

  it("still gives the words to a statement's owner when the verb puts it out", () => {
    assert.deepEqual(
      speakers(
        'The clerk read out Tom Hale\'s statement: "I will not stand again. The party needs new faces."',
      ),
      ['Tom Hale', 'Tom Hale'],
    );
  });
});

describe('speakers(a tag with any verb after words closed by a comma)', () => {
  it('reads a subject and a verb that is not one of saying as the tag', () => {
    assert.deepEqual(
      speakers('"We accept the order of the court," the Green Party informed the press.'),
      ['Green Party'],
    );
  });

  it('leaves a sentence going on with its own clause alone', () => {
    assert.deepEqual(
      speakers('The band played "Long Road," the crowd sang and the night went on.'),
      [null],
    );
  });
});

describe('speakers(a past tense after a name and an adverb, tagged an adjective)', () => {
  it('reads "Zaki also alleged" as a report by Zaki', () => {
    assert.deepEqual(
      speakers(
        'Omar Zaki spoke on Monday.\n\nZaki also alleged the regional government is "hiding the true ' +
          'number of the dead".',
      ),
      ['Omar Zaki'],
    );
  });
});

describe('speakers(a text named by "the" alone speaks for whoever posted it)', () => {
  it('finds the maker of "The event description" in a sentence that says who posted the event invitation', () => {
    assert.deepEqual(
      speakers(
        'It started in May, when Ann Berg posted an event invitation on a social site. Thousands replied.\n\n' +
          'The event description read, "We will all meet at the gate. Bring water."',
      ),
      ['Ann Berg', 'Ann Berg'],
    );
  });

  it('leaves "The comments" alone when nobody was said to post or share them', () => {
    assert.deepEqual(speakers('The comments called the mayor "a clown".'), ['The comments']);
  });
});
