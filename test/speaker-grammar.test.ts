import assert from 'node:assert/strict';
import { quotes, speakers } from './helpers/short-article.ts';
import { textTokens } from '../server/analysis/grammar/tokens.ts';
import { phraseText } from '../server/analysis/grammar/phrases.ts';
import { reportingSubject, subjectParts } from '../server/analysis/grammar/reporter.ts';

/** The subject's phrases before the first "said"/"told"/"called" of a sentence, as written. */
function parts(text: string): string[] | null {
  const tokens = textTokens(text);
  const verb = tokens.findIndex((t) => /^(?:said|told|called)$/.test(t.lower));
  const found = subjectParts(tokens, text, verb);
  return found && found.phrases.map((p) => phraseText(tokens, text, p));
}

function speakerPhrase(text: string): string | null {
  const tokens = textTokens(text);
  const verb = tokens.findIndex((t) => /^(?:said|told|called)$/.test(t.lower));
  const np = reportingSubject(tokens, text, verb);
  return np && phraseText(tokens, text, np);
}

describe('subjectParts(a reporting verb)', () => {
  it('reads the head and its apposition, stepping over a relative clause', () => {
    assert.deepEqual(
      parts(
        'The White House press secretary, Karen Lane, who spoke from the briefing room, said no.',
      ),
      ['The White House press secretary', 'Karen Lane'],
    );
  });

  it('steps over a participial phrase with its object, a party tag and an age', () => {
    assert.deepEqual(parts('Ana Ruiz, speaking to reporters at the Capitol, said no.'), [
      'Ana Ruiz',
    ]);
    assert.deepEqual(parts('Rep. Tom Hale, R-Ohio, said no.'), ['Rep. Tom Hale']);
    assert.deepEqual(parts('Tom Hale, 62, a former prosecutor, told them no.'), [
      'Tom Hale',
      'a former prosecutor',
    ]);
  });

  it('ends at an opening phrase of the clause ("On Monday, …")', () => {
    assert.deepEqual(parts('On Monday, the agency, in a filing, said no.'), ['the agency']);
  });

  it('reads dashes like commas', () => {
    assert.deepEqual(parts('Ana Ruiz — the Texas Democrat who leads the caucus — said no.'), [
      'Ana Ruiz',
      'the Texas Democrat',
    ]);
  });
});

describe('reportingSubject(who speaks)', () => {
  it('prefers the person to the institution in her apposition', () => {
    assert.equal(
      speakerPhrase(
        'Ana Ruiz, the head of the State Police Fraud Command, said the notes were clear.',
      ),
      'Ana Ruiz',
    );
  });

  it('prefers the named person to the description before her', () => {
    assert.equal(
      speakerPhrase('A spokeswoman for the Department of Homeland Security, Ana Ruiz, said no.'),
      'Ana Ruiz',
    );
  });

  it('steps over an unpunctuated participle and its object ("speaking to the … think tank called")', () => {
    assert.equal(
      speakerPhrase(
        'Sen. Tom Hale speaking to the Heritage Foundation think tank called the deal bad.',
      ),
      'Sen. Tom Hale',
    );
  });

  it('keeps a place after a place: "Officials in Paris, France," are officials, not France', () => {
    assert.equal(speakerPhrase('Officials in Paris, France, said no.'), 'Officials in Paris');
  });
});

describe('speakers(subject and appositions)', () => {
  it('gives the quotation to the person, not the command she heads', () => {
    assert.deepEqual(
      speakers(
        'Ana Ruiz, the head of the State Police Fraud Command, said about the case: "We found his notes."',
      ),
      ['Ana Ruiz'],
    );
  });

  it('gives the quotation to the speaker, not the object of the participle before the verb', () => {
    assert.deepEqual(
      speakers(
        'On Monday, Sen. Tom Hale speaking to the Heritage Foundation think tank called the deal "a bad bargain" and "deeply unfair."',
      ),
      ['Tom Hale', 'Tom Hale'],
    );
  });

  it('takes the name after a description and a parenthetical report ("…, Michael Horowitz, in a report released Monday, said")', () => {
    assert.deepEqual(
      speakers(
        'The department\'s inspector general, Michael Horowitz, in a report released Monday, said the bureau had "failed to act."',
      ),
      ['Michael Horowitz'],
    );
  });
});

describe('speakers(pronouns after one-word names and regions)', () => {
  it('points "he" to a one-word name after a lower-case title ("Idaho governor Ruiz")', () => {
    assert.deepEqual(
      speakers('Idaho governor Ruiz signed the bill on Tuesday. "This is a good day," he said.'),
      ['Ruiz'],
    );
  });

  it('never points "he" to a region ("the Eastern Mediterranean")', () => {
    assert.deepEqual(
      speakers(
        'On Thursday, Turkish president Kaya called for talks in the Eastern Mediterranean. "Nothing works without us," he said.',
      ),
      ['Kaya'],
    );
  });
});

describe('speakers(texts that speak)', () => {
  it('gives a press release read after the quotation to the body it comes from', () => {
    assert.deepEqual(
      speakers(
        '"The senator served his state with honor," reads a press release from the Senate Democratic Caucus.',
      ),
      ['Senate Democratic Caucus'],
    );
  });

  it('gives a statement from an office to the office', () => {
    assert.deepEqual(
      speakers('A statement from Hale\'s office said the senator was "deeply disappointed."'),
      ["Hale's office"],
    );
  });

  it('lets a law quoted by number speak for itself ("Public Law 94-171 … states “…”")', () => {
    assert.deepEqual(
      speakers(
        'Public Law 94-171 states "the Secretary shall furnish each State with population counts."',
      ),
      ['Public Law 94-171'],
    );
  });
});

describe('speakers(abbreviated states in a tag)', () => {
  it('reads past the full stop of "R-Ky." and "D-Calif." to the tag verb', () => {
    assert.deepEqual(
      speakers(
        '"I think he is wrong," Senate Minority Leader Tom Hale (R-Ky.) told Fox News on Sunday. ' +
          '"No one is above the law," House Speaker Ana Ruiz, D-Calif., said Thursday.',
      ),
      ['Tom Hale', 'Ana Ruiz'],
    );
  });
});

describe('speakers(agents and joined quotations)', () => {
  it('gives words quoted between a passive "described as" and "by X" to X, as speech', () => {
    const found = quotes(
      'Tom Hale, who was described as "reckless" by the attorney general, resigned.',
    );
    assert.deepEqual(
      found.map((q) => [q.type, q.speaker]),
      [['speech', 'the attorney general']],
    );
  });

  it('gives words "branded" in a passive to the agent after the quotation', () => {
    assert.deepEqual(speakers('The plan was branded "a giveaway to the rich" by Democrats.'), [
      'Democrats',
    ]);
  });

  it('gives a quotation joined by "and" to the one before it the same speaker', () => {
    assert.deepEqual(
      speakers(
        'Several senators condemned the order, citing the move as a "gross abuse of executive power" and "contrary to law".',
      ),
      ['Several senators', 'Several senators'],
    );
  });
});

describe('speakers(stances and thanks)', () => {
  it('gives a judgement after "denounced X as a “…”" in a relative clause to the clause subject, not the owner of the object', () => {
    const found = quotes(
      'Some Republicans broke ranks, such as former Ohio governor Tom Hale, who denounced the campaign\'s claims as a "national disgrace".',
    );
    assert.deepEqual(
      found.map((q) => [q.type, q.speaker]),
      [['speech', 'Tom Hale']],
    );
  });

  it('still reads "referred to the jet as a “cargo plane”" as naming, a term', () => {
    assert.deepEqual(
      quotes('The airline referred to the jet as a "cargo plane".').map((q) => q.type),
      ['term'],
    );
  });

  it('takes the name set beside an "according to" source ("according to its sponsor, Rep. Ana Ruiz,")', () => {
    assert.deepEqual(
      speakers(
        'The bill, according to its sponsor, Rep. Ana Ruiz, would "end the practice once and for all."',
      ),
      ['Ana Ruiz'],
    );
  });

  it('gives the words a subject thanks someone with, quoted right after "thanked", to the subject', () => {
    assert.deepEqual(
      speakers(
        'The mayor of Denver, Ana Ruiz, thanked "the firefighters for their courage and their speed."',
      ),
      ['Ana Ruiz'],
    );
  });
});

describe('speakers(a tag closing the sentence)', () => {
  it('gives a partial quotation to the tag that closes its sentence after a comma', () => {
    assert.deepEqual(speakers('The bill is "dead on arrival" in the Senate, Tom Hale said.'), [
      'Tom Hale',
    ]);
    assert.deepEqual(
      speakers(
        'Ruiz met Hale on Monday. The plan is "a good first step" toward a budget, said Ruiz.',
      ),
      ['Ruiz'],
    );
  });

  it('leaves a quotation alone when another reporting verb stands between it and the closing tag', () => {
    assert.deepEqual(
      speakers(
        'The program was "a lifeline for families" until the mayor announced cuts, residents said.',
      ),
      [null],
    );
  });
});

describe('speakers(later mentions in political news)', () => {
  it('points "The Republican from Texas" and "The 72-year-old senator" back to the person just named', () => {
    assert.deepEqual(
      speakers(
        'Sen. Tom Hale voted against the bill. The Republican from Texas said it was "a giveaway to big business."',
      ),
      ['Tom Hale'],
    );
    assert.deepEqual(
      speakers(
        'Tom Hale announced his resignation. The 72-year-old senator said he was "proud of our work."',
      ),
      ['Tom Hale'],
    );
  });

  it('gives a compound title to whoever the article gave it, and to no one when nobody has it', () => {
    assert.deepEqual(
      speakers(
        'Ana Ruiz, the state\'s attorney general, sued the company. "They lied to consumers," the attorney general said.',
      ),
      ['Ana Ruiz'],
    );
    assert.deepEqual(speakers('Tom Hale resigned. "He was reckless," the attorney general said.'), [
      'the attorney general',
    ]);
  });

  it('reads "the department" as the department the article named, and "it said" as a body that spoke', () => {
    assert.deepEqual(
      speakers(
        'The Justice Department opened an inquiry. "We take these allegations seriously," the department said.',
      ),
      ['Justice Department'],
    );
    assert.deepEqual(
      speakers(
        'The Justice Department said on Monday it had opened an inquiry. "We take this seriously," it said.',
      ),
      ['Justice Department'],
    );
  });
});

describe('speakers("he added" carries on)', () => {
  it('gives "he added" to the man quoted just before, though another man\'s sex is better known', () => {
    assert.deepEqual(
      speakers(
        'President Kaya spoke on Monday. "We are ready," he said. He called for calm. ' +
          'On Tuesday, Greek premier Nikos Andreou called the plan "null and void". "The deal ignores our islands," he added.',
      ),
      ['Kaya', 'Nikos Andreou', 'Nikos Andreou'],
    );
  });

  it('does not carry on past someone named in between', () => {
    assert.deepEqual(
      speakers('"We have the votes," Tom Hale said. Ana Ruiz disagreed. "They do not," she added.'),
      ['Tom Hale', 'Ana Ruiz'],
    );
  });
});
