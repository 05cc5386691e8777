import assert from 'node:assert/strict';
import type { Label } from '../server/analysis/types.ts';
import type { ClassifyQuestion, Question, RewriteQuestion } from '../server/quiz/types.ts';
import {
  confusionTable,
  csvCell,
  exportRows,
  lessonReport,
  mostMissed,
  openAnswers,
  toCsv,
} from '../server/reports/index.ts';
import { makeClock } from '../server/http/clock.ts';
import type { Answer, Classroom, Lesson, Student } from '../server/store/types.ts';

const LABEL_CHOICES = [
  { id: 'fact', text: 'Reported fact' },
  { id: 'attributed', text: 'Attributed claim' },
  { id: 'framing', text: 'Editorial framing' },
];

function classify(id: string, truth: Label): ClassifyQuestion {
  return {
    id,
    type: 'classify',
    multiple: false,
    sentenceIndex: 0,
    prompt: 'Classify',
    excerpt: `Sentence ${id}.`,
    choices: LABEL_CHOICES,
    explanation: '',
    evidence: [],
    correct: [truth],
  };
}

function rewrite(id: string): RewriteQuestion {
  return {
    id,
    type: 'rewrite',
    multiple: false,
    sentenceIndex: 1,
    prompt: 'Rewrite it neutrally',
    excerpt: 'A shocking move.',
    choices: [],
    explanation: '',
    evidence: [],
    correct: [],
  };
}

let clock = 0;
function answer(
  studentId: string,
  questionId: string,
  response: string[],
  correct: boolean | null,
): Answer {
  clock++;
  return {
    id: `a${clock}`,
    classId: 'c1',
    studentId,
    lessonId: 'l1',
    questionId,
    response,
    correct,
    answeredAt: new Date(Date.UTC(2026, 0, 1, 0, 0, clock)).toISOString(),
  };
}

function student(id: string, name: string): Student {
  return { id, classId: 'c1', name, token: `t-${id}`, joinedAt: '2026-01-01T00:00:00.000Z' };
}

function lesson(questions: Question[]): Lesson {
  return {
    id: 'l1',
    title: 'A lesson',
    text: '',
    analysis: { title: '', sentences: [] },
    overrides: [],
    questions,
    published: true,
    bundled: false,
    version: 1,
    createdAt: '',
    updatedAt: '',
  };
}

describe('confusionTable', () => {
  const questions = [classify('q1', 'fact'), classify('q2', 'framing'), rewrite('q3')];

  it('counts each classify answer in the row of its true label and the column of the chosen label', () => {
    const answers = [
      answer('s1', 'q1', ['fact'], true),
      answer('s2', 'q1', ['framing'], false),
      answer('s3', 'q1', ['framing'], false),
      answer('s1', 'q2', ['framing'], true),
      answer('s2', 'q2', ['attributed'], false),
    ];
    const table = confusionTable(questions, answers);
    const fact = table.rows.find((r) => r.truth === 'fact');
    const framing = table.rows.find((r) => r.truth === 'framing');
    assert.deepEqual(fact?.counts, { fact: 1, attributed: 0, framing: 2 });
    assert.deepEqual(framing?.counts, { fact: 0, attributed: 1, framing: 1 });
    assert.deepEqual(fact?.percents, { fact: 33, attributed: 0, framing: 67 });
    assert.equal(table.rows.find((r) => r.truth === 'attributed')?.percents.fact, null);
    assert.equal(table.total, 5);
  });

  it('names the off-diagonal cell with the most answers as the distinction missed most', () => {
    const answers = [
      answer('s2', 'q1', ['framing'], false),
      answer('s3', 'q1', ['framing'], false),
      answer('s2', 'q2', ['fact'], false),
    ];
    assert.deepEqual(confusionTable(questions, answers).worst, {
      truth: 'fact',
      answered: 'framing',
      count: 2,
    });
  });

  it('ignores answers to other question types, unknown questions and unreadable responses', () => {
    const answers = [
      answer('s1', 'q3', ['some text'], null),
      answer('s1', 'gone', ['fact'], true),
      answer('s1', 'q1', ['maybe'], false),
    ];
    const table = confusionTable(questions, answers);
    assert.equal(table.total, 0);
    assert.equal(table.worst, null);
  });
});

describe('lessonReport', () => {
  const questions = [classify('q1', 'fact'), classify('q2', 'framing'), rewrite('q3')];
  const students = [student('s1', 'Ada'), student('s2', 'Bo'), student('s3', 'Cy')];
  const answers = [
    answer('s1', 'q1', ['fact'], true),
    answer('s1', 'q2', ['framing'], true),
    answer('s1', 'q3', ['A move.'], null),
    answer('s2', 'q1', ['framing'], false),
    answer('s2', 'q2', ['framing'], true),
    answer('s2', 'retired-q', ['fact'], true),
  ];
  const report = lessonReport(lesson(questions), students, answers);

  it('fills the student × question grid with correct, wrong, open and unanswered cells', () => {
    assert.deepEqual(
      report.rows.map((r) => r.cells),
      [
        ['correct', 'correct', 'open'],
        ['wrong', 'correct', 'none'],
        ['none', 'none', 'none'],
      ],
    );
  });

  it('scores each student on the auto-scored answers only', () => {
    assert.deepEqual(
      report.rows.map((r) => [r.correct, r.scored, r.percent]),
      [
        [2, 2, 100],
        [1, 2, 50],
        [0, 0, null],
      ],
    );
  });

  it('gives percent correct per question and none for open questions', () => {
    assert.deepEqual(
      report.questions.map((q) => [q.answered, q.percentCorrect]),
      [
        [2, 50],
        [2, 100],
        [1, null],
      ],
    );
  });

  it('keeps answers to questions the lesson no longer has apart as retired', () => {
    assert.deepEqual(
      report.retired.map((a) => a.questionId),
      ['retired-q'],
    );
  });

  it('lists only questions with a wrong answer as most missed, worst first', () => {
    assert.deepEqual(
      mostMissed(report.questions).map((q) => q.number),
      [1],
    );
  });
});

describe('openAnswers', () => {
  it('lists rewrite answers with the student name for reading', () => {
    const got = openAnswers(
      [rewrite('q3')],
      [student('s1', 'Ada')],
      [answer('s1', 'q3', ['A move.'], null)],
    );
    assert.deepEqual(
      got.map((o) => [o.student, o.text]),
      [['Ada', 'A move.']],
    );
  });
});

describe('csvCell', () => {
  it('quotes fields with commas, quotes or line breaks and doubles inner quotes', () => {
    assert.equal(csvCell('plain'), 'plain');
    assert.equal(csvCell('a,b'), '"a,b"');
    assert.equal(csvCell('say "hi"'), '"say ""hi"""');
    assert.equal(csvCell('two\nlines'), '"two\nlines"');
  });

  it('neutralises cells a spreadsheet would run as formulas', () => {
    assert.equal(csvCell('=HYPERLINK("x")'), `"'=HYPERLINK(""x"")"`);
    assert.equal(csvCell('+1'), "'+1");
    assert.equal(csvCell('-2'), "'-2");
    assert.equal(csvCell('@SUM(A1)'), "'@SUM(A1)");
    assert.equal(csvCell('\tx'), "'\tx");
    assert.equal(csvCell('\rx'), `"'\rx"`);
  });
});

describe('exportRows', () => {
  it('writes one CRLF-terminated row per answer with class, student, lesson, question, type, answer, correct, local time', () => {
    const classroom: Classroom = {
      id: 'c1',
      name: 'Year 9, Set 2',
      code: 'ABC234',
      lessonIds: ['l1'],
      closed: false,
      createdAt: '',
    };
    const a = answer('s1', 'q1', ['framing'], false);
    const csv = toCsv(
      exportRows(
        classroom,
        [lesson([classify('q1', 'fact')])],
        [student('s1', '=Ada')],
        [{ ...a, answeredAt: '2026-12-02T08:15:00.000Z' }],
        makeClock('Europe/Berlin'),
      ),
    );
    const lines = csv.split('\r\n');
    assert.equal(lines[0], 'class,student,lesson,question,type,answer,correct,time,mark,comment');
    assert.equal(
      lines[1],
      `"Year 9, Set 2",'=Ada,A lesson,Classify — Sentence q1.,classify,Editorial framing,no,2026-12-02T09:15:00+01:00,,`,
    );
    assert.equal(lines.length, 3);
  });
});
