import assert from 'node:assert/strict';
import { speakers } from './helpers/short-article.ts';

describe('speakers(US news tags)', () => {
  it('reads "R-Texas" after a name as party and state, not as the speaker', () => {
    assert.deepEqual(speakers('Rep. Jane Roe, R-Texas, said it was "time for a change."'), [
      'Jane Roe',
    ]);
  });

  it('steps over a relative clause between the speaker and a tag after the quotation', () => {
    assert.deepEqual(
      speakers(
        '"The talks are going nowhere," a senior administration official, who spoke on condition of anonymity, said. ' +
          '"We are ready," Ana Ruiz, who was elected in 2018, told reporters.',
      ),
      ['a senior administration official', 'Ana Ruiz'],
    );
  });

  it('reads a verb-tagged word after an inverted tag as part of the phrase ("said lead author David Lorne")', () => {
    assert.deepEqual(
      speakers('"We wanted to find out," said lead author David Lorne of Ridgefield College.'),
      ['David Lorne'],
    );
  });
});

describe('speakers(channels and titles)', () => {
  it('gives an account\'s words to its owner ("The account for X, which …, hosted by A and B, tweeted:")', () => {
    assert.deepEqual(
      speakers(
        'The account for The Morning Desk, which replaced the old show, hosted by Ann Lee and Bob Stone, who both ' +
          'worked there, tweeted: "We salute you."',
      ),
      ['The Morning Desk'],
    );
  });
});

describe('speakers(names and their descriptions)', () => {
  it('takes the person before "of" a body whose name ends in a place after a comma ("of the University of Texas, El Paso")', () => {
    assert.deepEqual(
      speakers(
        'Ana Ruiz of the University of Texas, El Paso, said the data were "unclear." ' +
          'Tom Reyes of the University of California, Davis disagreed: "The data are clear."',
      ),
      ['Ana Ruiz', 'Tom Reyes'],
    );
  });

  it('takes the name after a description that names no person ("The delegate to the House of Representatives, Ana Ruiz, told")', () => {
    assert.deepEqual(
      speakers('The delegate to the House of Representatives, Ana Ruiz, told the press: "No."'),
      ['Ana Ruiz'],
    );
  });

  it('strips a shared role or an occupation before a name ("Co-developer Jing Wang", "Historian Ann Lee")', () => {
    assert.deepEqual(
      speakers('Co-developer Jing Wang said it was "slippery." Historian Ann Lee called it "odd."'),
      ['Jing Wang', 'Ann Lee'],
    );
  });

  it('reads a bare surname one letter off a full name as that person spelt another way ("Yusuf Haddad" … "Hadad")', () => {
    assert.deepEqual(
      speakers(
        'Spokesman Yusuf Haddad said the strike was "our right." Hadad added: "We will strike again."',
      ),
      ['Yusuf Haddad', 'Yusuf Haddad'],
    );
  });

  it('points "The Oregon Democrat" and "The Ridgefield historian" back to the person just named', () => {
    assert.deepEqual(
      speakers(
        'Sen. Jane Roe voted no. The Oregon Democrat said the bill was "a mess." ' +
          '"It is new," said Tom Reyes. The Ridgefield historian added: "We need more."',
      ),
      ['Jane Roe', 'Tom Reyes', 'Tom Reyes'],
    );
  });

  it('keeps a bare "the writer" as written: it may be someone the article never named', () => {
    assert.deepEqual(speakers('Mayor Dee Lane spoke first. The writer had called it "a plan."'), [
      'The writer',
    ]);
  });

  it('gives "The father" and "The mother" to the members of a family the article named, by sex', () => {
    assert.deepEqual(
      speakers(
        'Judge Ann Sims sentenced David and Louise Parr to life. David Parr was also charged with fraud.\n\n' +
          'The father said "I love my children."\n\nThe mother said "I am sorry."',
      ),
      ['David Parr', 'Louise Parr'],
    );
  });

  it('keeps "The father" as written when the article named no family ("John Roe was killed. The father said")', () => {
    assert.deepEqual(speakers('John Roe was killed on Friday. The father said "He was kind."'), [
      'The father',
    ]);
  });
});

describe('speakers(unnamed sources and remarks)', () => {
  it('keeps the complement of an unnamed source ("a person familiar with the matter", "a spokesman for Roe")', () => {
    assert.deepEqual(
      speakers(
        'The order would "reshape the agency," according to a person familiar with the matter. ' +
          'Jane Roe has not commented. "She is reviewing it," said a spokesman for Roe.',
      ),
      ['a person familiar with the matter', 'a spokesman for Roe'],
    );
  });

  it('does not take the object of a verb after the quotation for an inverted speaker ("…," denied the claims)', () => {
    assert.deepEqual(
      speakers('John Doe, whom Jane Roe called "unfit for office," denied the claims.'),
      ['Jane Roe'],
    );
  });

  it('gives a remark to the person "who" made it, not to its target ("criticism from Jane Roe, who called him")', () => {
    assert.deepEqual(
      speakers('John Doe faced criticism from Jane Roe, who called him "unfit for office."'),
      ['Jane Roe'],
    );
  });

  it('gives a pronoun the fullest name of the person it stands for when a relative shares the surname', () => {
    assert.deepEqual(
      speakers(
        'Omar Dale ruled for decades. Omar Idris Dale was born in 1924. He married Rana Dale in 1996.\n\n' +
          '"Only God will remove me," he said.',
      ),
      ['Omar Idris Dale'],
    );
  });
});

describe('speakers(tags and labels of US news)', () => {
  it('finds a counted source after the quotation ("…," two people familiar with the discussions said)', () => {
    assert.deepEqual(
      speakers('The deal is "close to done," two people familiar with the discussions said.'),
      ['two people familiar with the discussions'],
    );
  });

  it('points "The agency" back to the whole name of the agency named before', () => {
    assert.deepEqual(
      speakers(
        'The Federal Emergency Management Agency has sent teams. The agency said it was "fully engaged."',
      ),
      ['Federal Emergency Management Agency'],
    );
  });

  it('gives the words after a bare name and a colon to that name ("Jane Roe: “…”"), not a thing ("The plan: “…”")', () => {
    assert.deepEqual(speakers('Jane Roe: "We are not done."'), ['Jane Roe']);
    assert.deepEqual(speakers('The plan: "Build it."'), [null]);
  });

  it('reads "posted" beside a quotation as its tag', () => {
    assert.deepEqual(speakers('"A disgrace," former President John Doe posted on social media.'), [
      'John Doe',
    ]);
  });
});

describe('speakers(participles, offices and the sentence after)', () => {
  it('gives ", saying …" to the subject of the clause before it, not to its object', () => {
    assert.deepEqual(
      speakers('Sen. Jane Roe criticized the bill, saying it would "hurt families."'),
      ['Jane Roe'],
    );
  });

  it('points "the governor" back to "Gov. John Doe" (an abbreviated title is the office)', () => {
    assert.deepEqual(
      speakers(
        'Sen. Jane Roe met with Gov. John Doe on Monday. The governor later told reporters the talks were "productive."',
      ),
      ['John Doe'],
    );
  });

  it('gives a quotation that fills its sentence to whoever the next sentence of the paragraph reports', () => {
    assert.deepEqual(
      speakers('"We will not back down." Jane Roe said this in a statement on Monday.'),
      ['Jane Roe'],
    );
  });
});

describe('speakers(the sex a given name says)', () => {
  it('resolves "He" past a woman named by a common woman\'s name ("Sen. Jane Roe met with Gov. John Doe. He …")', () => {
    assert.deepEqual(
      speakers(
        'Sen. Jane Roe met with Gov. John Doe on Monday. He later told reporters the talks were "productive."',
      ),
      ['John Doe'],
    );
  });

  it('does not pass over a nearer person whose given name is not listed ("Joachim" after "Donald")', () => {
    assert.deepEqual(
      speakers(
        'Former minister Donald Reed wrote a note. Minister Joachim Marek called it "barbaric." He said "I have no words."',
      ),
      ['Joachim Marek', 'Joachim Marek'],
    );
  });

  it('gives "The father" to the man of a named family even when the woman was named last', () => {
    assert.deepEqual(
      speakers(
        'David Parr and Louise Parr were sentenced on Friday. The father told the court: "I love them."',
      ),
      ['David Parr'],
    );
  });
});
