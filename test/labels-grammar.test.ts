import assert from 'node:assert/strict';
import { labels } from './helpers/short-article.ts';

// Session 6 label rules: general constructions that hid a report in several rounds (each sentence written for the
// test, none taken from an article).

describe('a body whose name holds a prepositional phrase', () => {
  it('keeps the complement of a body’s name of several words as part of the subject', () => {
    assert.deepEqual(
      labels(
        'The Harbour Institute for Coastal Research has reported there were 30% more storms this year. In Norway, the ruling Green Alliance in Norway hailed the bridge as a gift to the north. The Northern Board on School Meals announced on Monday the spring fair, which was planned for May, has been cancelled.',
      ),
      ['attributed', 'attributed', 'attributed'],
    );
  });

  it('reads a name after "the" as a body that keeps its complement, not a person ("the Green Harvest in Malta")', () => {
    assert.deepEqual(
      labels(
        'In Malta, the ruling Green Harvest in Malta hailed the port as a gift to the island.',
      ),
      ['attributed'],
    );
  });

  it('still reads a prepositional phrase after a body as the writer’s when nothing is reported', () => {
    assert.deepEqual(
      labels('The Harbour Institute for Coastal Research opened a new laboratory in May.'),
      ['fact'],
    );
  });
});

describe('a clause after a verb of deciding', () => {
  it('reads a possessive determiner as the start of the clause’s subject ("decided their …")', () => {
    assert.deepEqual(
      labels(
        'The appeals panel decided their conduct did not break the rules. The panel decided their case first.',
      ),
      ['attributed', 'fact'],
    );
  });
});

describe('a verb after an apposition set off by commas', () => {
  it('reads a verb with an object after the apposition as the sentence’s own verb, not a side participle', () => {
    assert.deepEqual(
      labels(
        'Tom Avery, of the district water board, described seeing dead fish along the bank, with some birds, both young and old, caught in nets.',
      ),
      ['attributed'],
    );
  });

  it('keeps a participle with an agent between commas a side detail, and a naming participle a name', () => {
    assert.deepEqual(
      labels(
        'A small boat, reported by fishermen as drifting, sank near the pier. The gadget, called a smart lens, uses light to read print, sold in shops.',
      ),
      ['fact', 'fact'],
    );
  });
});

describe('a quotation tag with a phrase before its quotation', () => {
  it('reads "declared in the written opinion, “…”" as a tag on the quotation', () => {
    assert.deepEqual(
      labels(
        'Speaking for the panel, Judge Nora Vale declared in the written opinion, "not every broken promise is a fraud.',
      ),
      ['attributed'],
    );
  });
});

describe('a verdict before a long object', () => {
  it('reads "found unlawful a 1999 statute" as a finding', () => {
    assert.deepEqual(
      labels(
        'In ruling the tax was void, the high court also found unconstitutional a 1999 statute letting towns raise fees without a vote.',
      ),
      ['attributed'],
    );
  });
});

describe('verbs of saying and foreseeing from the grammar references', () => {
  it('reads "expressed" (one of Levin’s say verbs) and "envisioned" (a private verb) as reports', () => {
    assert.deepEqual(
      labels(
        'As a boy, Tom Avery expressed a wish to become a pilot. The club expressed regret and offered help to the family. The mayor envisioned the tunnel to bring jobs to the valley.',
      ),
      ['attributed', 'attributed', 'attributed'],
    );
  });

  it('reads no report in a participle hyphened to the word before, nor in "Express" inside a name, now that express reports', () => {
    assert.deepEqual(
      labels(
        'At the summit, the then-envisioned power cable was studied as a second route. A crew of nurses ran the Harbour Coast Express in the west of the state.',
      ),
      ['fact', 'fact'],
    );
  });
});

describe('a hedge on a modifier', () => {
  it('leaves to the writer a hedge inside a noun phrase or on a closing participle, not one on the sentence’s verb', () => {
    assert.deepEqual(
      labels(
        'The court overturned the fines for a crash involving allegedly stolen cars. Ten people died in the blast, reportedly carried out by a rebel group. The plan was reportedly dropped by the council.',
      ),
      ['fact', 'fact', 'attributed'],
    );
  });
});

describe('an agent after a phrase of where or how', () => {
  it('reads no agentless judgement in "was condemned in a joint letter by three mayors"', () => {
    assert.deepEqual(
      labels(
        'The plan was condemned in a joint letter by three mayors on Monday. The plan was condemned in a joint letter on Monday.',
      ),
      ['fact', 'framing'],
    );
  });
});

describe('the rest of an original-language passage', () => {
  it('attributes a later sentence of the paragraph that is not English, and not an English one after a gloss', () => {
    assert.deepEqual(
      labels(
        'Ana Ruiz wrote, "We will rebuild the bridge" ((es))Spanish language: Vamos a reconstruir el puente. Nuestro pueblo estará unido siempre.\n\nThe Green Party ((no))Norwegian language: Miljøpartiet De Grønne won seats. It later joined the council.',
      ),
      ['attributed', 'attributed', 'fact', 'fact'],
    );
  });
});

describe('a count made public by someone', () => {
  it('attributes a count "released/provided by" a source, also set off by commas, whatever its verb says', () => {
    assert.deepEqual(
      labels(
        'Figures released by the health ministry show 40 people died. Some estimated crowd figures, provided privately by organisers to reporters, exceeded 5,000. Data published by the agency on Monday indicate a rise in cases.',
      ),
      ['attributed', 'attributed', 'attributed'],
    );
  });

  it('reads what befell the count, or a count nobody made public, as fact', () => {
    assert.deepEqual(
      labels(
        'Records released by the archive were lost in the fire. The number of cases rose by ten.',
      ),
      ['fact', 'fact'],
    );
  });
});

describe('side clauses and signatures', () => {
  it('reads "according to which" as the terms of the thing before it, not the source of the sentence', () => {
    assert.deepEqual(
      labels(
        'The two states signed a fishing treaty, according to which boats may cross the strait. According to the ministry, boats may cross the strait.',
      ),
      ['fact', 'attributed'],
    );
  });

  it('attributes a paragraph of a dash and a short name after a quotation that no reporting verb introduced', () => {
    assert.deepEqual(
      labels(
        'In its ruling, the court set these terms for every tenant:\n\nBy this judgment, the Court finds that a landlord must give notice.\n\n– Harbour Court of Appeal',
      ).slice(-1),
      ['attributed'],
    );
  });
});

describe('a gloss of a name in its own language', () => {
  it('finds the subject before a Wikinews gloss that stands between it and its verb', () => {
    assert.deepEqual(
      labels(
        'On Monday, the leader of the Harbour Party ((no))Norwegian language: ‍Havnepartiet publicly declared that the port would stay open. The Harbour Party ((no))Norwegian language: ‍Havnepartiet won seats.',
      ),
      ['attributed', 'fact'],
    );
  });
});
