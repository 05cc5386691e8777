/**
 * Weights of the learned speaker choice (quotes/speakers/learned/), written by
 * `npm run train:speakers -- --round 9=/work/round9 --round 10=/work/blind10 --round 11=/work/dev11 --round 12=/work/blind12 --round 13=/work/blind13 --round 14=/work/blind14 --round 15=/work/blind15 --round 16=/work/blind16 --round 17=/work/blind17 --round 18=/work/blind18 --round 19=/work/blind19 --first-contact /tmp/quality-fc --margin 1 --write` on 2026-12-02.
 * Fitted on 1613 gold speech quotations in 20 groups (gold-r1, gold-r4, gold-r5, gold-r2, gold-r3, gold-r6, gold-r7, gold-r8, gold, round9, round10, round11, round12, round13, round14, round15, round16, round17, round18, round19).
 * The rules' picks at first contact come from the replay's cache (eval/first-contact/replay.ts --cache DIR).
 * Leave-one-group-out, the model overriding the rules by more than a margin: at 0.3, first contact 1203 → 1351 (17
 * groups up, 1 down), the rules as today 1445 → 1438 (3 up, 6 down; rounds 17-19 381 → 392); at 0.6 first contact
 * 1313, today 1450; without the rules' pick 1333. Margin 1 here: the model never overrides (docs/labels.md). Held
 * out, the first-contact answers it rates >= 0.9 are 68.4% of them, 94.4% right (all: 75.3% right).
 */
export const SPEAKER_WEIGHTS: unknown = {
  margin: 1,
  features: {
    rulePick: 1.5092,
    rulePickTag: 0.2845,
    rulePickLeft: 0.6432,
    rulePickInherited: 0.5031,
    rulePickOther: 0.5435,
    none: -1.0026,
    noneRuleNone: -0.4782,
    noneNoMentionHere: -0.3676,
    inSentence: 0.8889,
    inPrev1: 0.2069,
    inPrev2: -0.8665,
    inNext1: -0.5886,
    beforeQuote: 0.4484,
    afterQuote: 0.3523,
    closeness: 0.2845,
    subjectOfSaying: 1.1067,
    accordingTo: 0.5607,
    agent: 0.0477,
    oblique: -0.8195,
    objectOfVerb: -0.5183,
    sentenceStart: 0.8114,
    sameParagraph: 1.2617,
    paragraphStart: -0.3565,
    namedInQuote: -1.8221,
    personFull: 1.5934,
    singleWord: -0.5476,
    body: 0.6227,
    phrase: -0.3594,
    viaPronoun: -0.4537,
    inHeadline: 0.4064,
    fragmentSubjectOfSaying: 0.3092,
    paragraphOpenInPrev1: -0.2739,
  },
};
