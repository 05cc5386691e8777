import type { Cue } from '../types.ts';
import { AFFECT_PHRASES } from './affect.ts';
import { TRUTH_VERDICTS } from './quality-verdicts.ts';

/** A multiword cue: a case-insensitive pattern and the cue it stands for. */
export interface PhraseCue {
  re: RegExp;
  cue: Cue;
}

const w = String.raw`[\w’'-]+`;

/**
 * Rhetorical scaffolding, stance markers and unfalsifiable generalisations: multiword moves by which a writer
 * interprets instead of reporting. Kept to patterns that have no neutral reading in news prose.
 */
export const PHRASES: readonly PhraseCue[] = [
  {
    re: new RegExp(String.raw`\brais(?:es|ed|ing|e) (?:${w} ){0,2}questions\b`, 'gi'),
    cue: 'scaffolding',
  },
  {
    re: new RegExp(
      String.raw`\bmark(?:s|ed|ing)? an? (?:${w} ){0,2}(?:departure|shift|turning point|watershed|milestone|break|escalation|chapter)\b`,
      'gi',
    ),
    cue: 'scaffolding',
  },
  // "at the heart of the matter" weighs; "at the center of the case was a website" says what a legal case or an
  // inquiry concerns (chosen by hand: proceedings of law and investigation)
  {
    re: /\bat the (?:heart|core|centre|center) of\b(?! (?:the|this|that) (?:case|investigation|inquiry|probe|trial|lawsuit|suit|complaint|indictment|charges|hearing)\b)/gi,
    cue: 'scaffolding',
  },
  // "This … raises the concern that": the writer draws the worry, no one is quoted
  {
    re: /\brais(?:es|ed|ing|e) (?:the|a|new|fresh|serious) (?:concerns?|fears?|spectre|specter|prospect) that\b/gi,
    cue: 'scaffolding',
  },
  { re: /\bhang(?:s|ing)? in the balance\b/gi, cue: 'scaffolding' },
  // "the move is akin to a switch from pensions to savings", "the row is reminiscent of 1998": an analogy the writer
  // draws, one of the framing devices of Gamson & Modigliani (1989: metaphors, exemplars, depictions); plain
  // "similar to" or "compared with" can measure, these liken
  {
    re: /\b(?:akin to|reminiscent of|tantamount to|redolent of|evocative of|a far cry from|hark(?:s|ed|ing)? back to)\b/gi,
    cue: 'scaffolding',
  },
  // "Gone are the days when a stamp cost a penny": a stock inversion by which the writer mourns or mocks a past
  { re: /\bgone are the days\b/gi, cue: 'scaffolding' },
  // "In a sign of a thaw in relations, …", "It is a sign of the QCA's concern that …": the writer reads a fact as
  // evidence of something else (not "a sign reading …", which a crowd carries)
  {
    re: /\b(?:in|as) an? (?:(?:further|clear|new|rare|first)\s+)?sign (?:of|that)\b/gi,
    cue: 'scaffolding',
  },
  {
    re: /\b(?:is|was|are|were) an? (?:(?:further|clear|rare)\s+)?sign (?:of|that)\b/gi,
    cue: 'scaffolding',
  },
  // "Bogdanovic looks set to take the second singles place": a hedged forecast ("is set to" is a schedule)
  { re: /\b(?:looks?|looked|seems?|seemed) set to\b/gi, cue: 'speculation' },
  // "Other issues are certain to play a part", "Blair seems certain to end weeks of phoney war": the writer's forecast
  // stated as sure (not "certain of", "a certain age")
  {
    re: /\b(?:is|are|was|were|seems?|seemed|looks?|looked) (?:almost |all but |now )?certain to\b/gi,
    cue: 'speculation',
  },
  // "Such are the demands of the show that producers set up a school": an inverted result clause by which the writer
  // weighs a cause by its effect (opening the sentence only: "such as" lists)
  { re: /^such (?:is|are|was|were) (?:the|its|his|her|their) \w+/gi, cue: 'scaffolding' },
  // "Tragedy struck the production": the writer's dramatic name for a death or a loss (Gamson & Modigliani's depiction)
  { re: /\b(?:tragedy|disaster|heartbreak) (?:struck|strikes|had struck)\b/gi, cue: 'loaded' },
  {
    re: /\bcan(?:not|’t|'t| not) be (?:ignored|overstated|understated|denied|dismissed|overlooked)\b/gi,
    cue: 'scaffolding',
  },
  // (… and "The case will be closely watched because …", "One closely watched meeting will be with …": the writer
  // telling the reader what matters, blind rounds 454, 456, 458)
  {
    re: /\b(?:watch(?:es|ed|ing)? closely|closely watched|the world (?:is )?watching)\b/gi,
    cue: 'scaffolding',
  },
  { re: /\b(?:remains? to be seen|only time will tell)\b/gi, cue: 'speculation' },
  {
    // (… and "on many policy issues it’s hard to tell them apart", blind round 462)
    // (… or too early: "At this point, it's too early to say for sure what this means", blind round 629)
    re: /\b(?:it is|it's|it’s|it was) (?:hard|difficult|impossible|too early|too soon) to (?:see|imagine|believe|overstate|tell|say|predict|know)\b/gi,
    cue: 'speculation',
  },
  // The writer's verdict on how an effort went, or on what hangs over someone: "dealing a setback to President Donald
  // Trump", "a probe that has dogged the president since he took office" (blind rounds 419, 450, 471)
  { re: /\bsetbacks?\b|\b(?:has|have|had) dogged\b|\bdogged by\b/gi, cue: 'loaded' },
  // … and the same verdict as a blow dealt: "dealt yet another blow to Trump", "a real blow to various communities"
  // (blind rounds 603, 626). An article or a grading word before it makes it the noun ("the storm will blow to the east"
  // is the verb); a blow to the head is a blow, and a headline's bare "Box office blow for …" stays fact, as rounds
  // 103-110 labelled it
  {
    re: /\b(?:a|another|the|major|big|serious|severe|real|heavy|fresh|further|double|crushing|devastating|damaging|huge|bitter|body|fatal|mortal|glancing)\s+blows?\s+(?:to|for)\b(?!\s+(?:the|his|her|their|its)\s+(?:head|face|body|chest|back|neck|stomach|jaw)\b)/gi,
    cue: 'loaded',
  },
  // The writer's reading of a trend in a mood or a measure of opinion: "amid growing fervor among Republicans", "with
  // growing intensity", "the growing problems" (blind rounds 6xx: ten framing sentences read as fact, one fact)
  {
    re: /\bgrowing (?:concerns?|anger|fears?|frustration|unease|criticism|opposition|fervou?r|intensity|discontent|tensions?|problems?|dissatisfaction|alarm|doubts?|speculation|backlash|rift|divide|chorus|impatience|resentment|scepticism|skepticism|clamou?r|momentum)\b/gi,
    cue: 'loaded',
  },
  // "It is now an open question whether Trump will inject himself into more primaries" (blind round 464)
  { re: /\b(?:is|was) (?:now |still )?an open question\b/gi, cue: 'speculation' },
  {
    // (… in a participle too: "with prospects for agreement remaining uncertain", blind round 625)
    re: /\bremain(?:s|ed|ing)? (?:uncertain|unclear|in doubt|an open question|elusive)\b/gi,
    cue: 'speculation',
  },
  // "It was unclear if a decisive vote on the bill would occur then", "it was not clear after questions from committee
  // members how that process would work": the writer's own doubt about what is to come or not yet known (not "it was
  // not known", which reports a gap in what was told; "it remains unclear" is the entry above)
  // (… contracted too: "it’s unclear whether he can get any appointee confirmed", blind round 491)
  {
    re: /\bit(?: is| was|’s|'s) (?:still )?(?:(?:not (?:yet )?|far from )(?:clear|certain)|unclear|uncertain)\b/gi,
    cue: 'speculation',
  },
  // "That’s false.", "That’s not accurate.", "Not true.": a fact-checker's verdict on the claim just reported, the
  // whole sentence, is the writer's own judgement (blind round 489)
  {
    re: new RegExp(
      String.raw`^(?:(?:that|this|it)(?: is| was|’s|'s)(?: (?:also|simply|just))? )?(?:not )?(?:${TRUTH_VERDICTS.join('|')})(?= ?[.!]?$)`,
      'gi',
    ),
    cue: 'evaluative',
  },
  {
    re: /\bquestions\b[^?!;]{0,100}?\bremain(?:s|ed)?(?: (?:unanswered|unresolved|open))?\b/gi,
    cue: 'generalisation',
  },
  {
    re: /\bit is (?:clear|obvious|evident|undeniable|no secret|no surprise|worth noting|ironic|telling|striking) (?:that\b)?/gi,
    cue: 'scaffolding',
  },
  {
    re: /\b(?:of course|no doubt|in fact|needless to say|make no mistake|to be sure|in other words|the (?:truth|fact|reality|irony|problem) is)\b/gi,
    cue: 'scaffolding',
  },
  // ("… are demonstrably equipped to repel opposition", round 333: the writer vouching for a claim with no source)
  {
    re: /\b(?:demonstrably|undeniably|unquestionably|indisputably|inarguably)\b/gi,
    cue: 'scaffolding',
  },
  {
    re: /\b(?:obviously|undoubtedly|certainly|definitely|surely|admittedly|frankly|ironically|tellingly|unsurprisingly|predictably|sadly|fortunately|unfortunately|thankfully|regrettably|alas)\b/gi,
    cue: 'scaffolding',
  },
  // The writer vouching for what someone wants or feels, or for an unknown outcome ("Mr Kennedy is clearly hoping for
  // a more significant outcome", "it was virtually certain his pledge was meant to be …", blind round 389); "clearly
  // visible" and "almost certain to be approved by the board, officials said" differ: a mental state, or no source
  {
    re: /\b(?:clearly|plainly|evidently) (?:hop(?:es|ing)|wants?|wanting|intends?|intending|determined|keen|eager|worried|rattled|uneasy|uncomfortable|frustrated|trying|relishing|enjoying)\b|\b(?:virtually|all but|almost) certain(?:ly)?\b/gi,
    cue: 'scaffolding',
  },
  // The writer's certainty opening the sentence or standing after "is" ("So clearly, Donald Trump has it wrong",
  // "Clearly money is not the priority for Walker", "Shuster is clearly taking the race seriously", PolNeAR rounds 1740,
  // 1750, 1755); what is clearly seen, marked or heard is perceived, no verdict ("The sign was clearly visible")
  {
    re: /^(?:(?:so|and|but|yet),? )?(?:clearly|plainly|evidently)\b|\b(?:is|are|was|were) (?:clearly|plainly|evidently) (?!visible|marked|labell?ed|seen|heard|audible|legible|defined|stated|written|shown|displayed|printed|identified|signposted|lit\b)/gi,
    cue: 'scaffolding',
  },
  {
    re: /\b(?:wake-up call|double-edged sword|slippery slope|perfect storm|tipping point|game[- ]changer|far cry from|new chapter|in the crosshairs|raised eyebrows|raises eyebrows|high-stakes|so-called)\b/gi,
    cue: 'loaded',
  },
  // Stock metaphors and idioms of verdict (chosen by hand from general English usage, dictionaries of idioms): the
  // writer's figure, with no literal reading in news prose
  {
    re: /\b(?:house of cards|on life support|smoke and mirrors|(?:a )?drop in the (?:bucket|ocean)|tip of the iceberg|elephant in the room|under the bus|kick(?:s|ed|ing)? the can down the road|mov(?:e|es|ed|ing) the goal ?posts|witch[- ]hunt|silver bullet|pie in the sky|red herring|sea change|lip service|window dressing|knee-jerk|heads? in the sand|trojan horse|poisoned chalice|nail in the coffin|paper(?:s|ed|ing)? over the cracks|fig leaf|gravy train|fat cats|ivory tower|echo chamber|virtue[- ]signall?ing|sleight of hand|open(?:s|ed|ing)? the floodgates|writing (?:is )?on the wall|rearranging the deck ?chairs|tilting at windmills|fool's errand|fool’s errand|recipe for disaster|slap in the face|slap on the wrist|shot (?:itself|themselves|himself|herself) in the foot|own goal|hot air|dog whistle|ticking time bomb|powder keg|uphill (?:battle|struggle)|cast(?:s|ing)? a (?:long |dark )?shadow over|f(?:a|e)ll(?:s|en|ing)? into (?:that|the|a|this) trap|shoot (?:that|the) fox|pandora's box|pandora’s box|can of worms|double standards?|(?:grasping|clutching) at straws|emperor's new clothes|emperor’s new clothes|thin end of the wedge)\b/gi,
    cue: 'loaded',
  },
  // The writer's emphatic verdict that nothing could be more so ("The contrast with Trump couldn’t be clearer",
  // "Sotomayor’s sentiments couldn’t be more different", "… Couldn’t Come At A Better Time", PolNeAR unlabelled, once
  // the curly "n’t" was read as a negation); general English idiom, no measure named
  {
    re: /\bcould(?:n['\u2019]t| not| hardly) (?:be|have been|come at) (?:a )?(?:more|less|any more|better|worse|clearer|greater|bigger|higher|lower|starker|sharper|plainer)\b/gi,
    cue: 'evaluative',
  },
  // The writer reading a group's feelings with no one reporting them ("the town reacted to the news with grief"):
  // an emotion ascribed, not observed (emotion nouns chosen by hand from general English)
  {
    re: new RegExp(
      String.raw`\b(?:react|respond|greet)(?:s|ed|ing)? (?:${w} ){0,5}?with (?:(?:${w}) )?(?:grief|shock|anger|outrage|joy|delight|dismay|sadness|relief|fury|horror|disbelief|jubilation|alarm|sorrow|glee|elation|indignation|despair)\b`,
      'gi',
    ),
    cue: 'evaluative',
  },
  // The writer's verdict on how an effort landed, with no measure named ("failed to resonate with voters", "the
  // gamble backfired"); chosen by hand from general English
  {
    re: /\b(?:fail(?:s|ed|ing)? to (?:resonate|impress|inspire|live up to|catch on|gain traction|connect with)|f(?:a|e)ll(?:s|ing)? flat|backfir(?:e|es|ed|ing)|(?:gamble|bet|strategy|move) (?:has )?paid off)\b/gi,
    cue: 'evaluative',
  },
  // The writer's reading that a result was unexpected, with no one quoted finding it so ("Japan achieved a surprise
  // 3–1 defeat of Denmark", "the surprise winners"); a "surprise visit" or "surprise attack" is unannounced, no verdict
  {
    re: /\b(?:a|the|their|its|his|her) surprise (?:[\w–-]+ )?(?:win|wins|victory|victories|defeat|defeats|loss|losses|result|upset|exit|winners?|comeback|champions?)\b/gi,
    cue: 'evaluative',
  },
  // Argumentative connectives opening the sentence: the writer weighing one point against another (inside a
  // clause, "the suggestion that, after all, it will pay", they may be someone else's)
  {
    re: /^(?:(?:but|and|yet|so),? )?(?:after all|in short|put simply|simply put|to put it (?:mildly|bluntly|simply)|what is more|what's more|what’s more|worse (?:still|yet)|better still|more importantly|most importantly|to be fair|at the end of the day|when all is said and done|for better or (?:for )?worse|if anything|so much for)\b/gi,
    cue: 'scaffolding',
  },
  { re: /\blet alone\b/gi, cue: 'scaffolding' },
  {
    re: /\b(?:underscor|underlin|epitomi[sz]|exemplif|symboli[sz])(?:es|ed|ing|e|y|ies)\b/gi,
    cue: 'scaffolding',
  },
  // "exposes the faults": the writer revealing a hidden truth; "exposed to radiation" is physical.
  { re: /\bexpos(?:es|ed|ing)\b(?!\s+to\b)/gi, cue: 'scaffolding' },
  {
    re: /\b(?:speaks? volumes|lays? bare|sends? (?:a|the) (?:clear |strong |powerful )?message)\b/gi,
    cue: 'scaffolding',
  },
  {
    re: /\b(?:I|we) (?:firmly |strongly |truly )?(?:believe|think|feel|suspect|doubt|fear|hope|would argue|contend)\b/g,
    cue: 'evaluative',
  },
  // First-person stance without a cognition verb: "it looks to me", "in my view", "it is my hope".
  {
    re: /\b(?:(?:seems|looks|appears|sounds) to me|in my (?:view|opinion|experience|judgment|judgement)|(?:it is|it’s|it's) my (?:hope|view|belief|sense|contention)|I(?: would|’d|'d)? (?:argue|suggest|submit|wager|guess|suppose|wonder)|I(?: am|’m|'m) (?:afraid|sure|convinced|certain|confident))\b/gi,
    cue: 'evaluative',
  },
  // Deontic judgements by the writer: "it is imperative to", "it is time that".
  {
    re: /\b(?:it is|it’s|it's) (?:(?:absolutely|surely|high) )?(?:imperative|essential|vital|crucial|necessary|urgent|time) (?:to|that|for)\b/gi,
    cue: 'evaluative',
  },
  // ("All they do is block Bluetooth": "all … do is" narrows, like "only", and sweeps nothing)
  // (… nor does a set counted in words: "All three remain at large", fact 8 times and never framing in blind rounds)
  {
    re: /^(?:(?:but|and|yet|so),? )?(?:no one|nobody|nothing|everyone|everybody|everything|anything|(?:all|every) (?!\d|of\b|but\b|the \d|(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b|(?:he|she|it|we|you|they|i) (?:do|does|did|need|needs|needed|want|wants|wanted)\b)[\w’'-]+)\b/gi,
    cue: 'generalisation',
  },
  {
    re: /\b(?:it is widely (?:believed|accepted|acknowledged|known)|everyone knows|nobody can deny|all too often|time and again)\b/gi,
    cue: 'generalisation',
  },
  ...AFFECT_PHRASES,
];

/**
 * Words that make a question rhetorical (it implies its answer): "why should", "who could", "how dare", "isn't".
 * Chosen by hand from English usage.
 */
export const RHETORICAL =
  /\b(?:(?:so |then )?why (?:would|should|not|then|on earth)|so why|then why|who (?:would|could|can|is to)|how (?:could|can|dare)|guess what|what else|(?:what|who|why|how|where),? (?:exactly|really|precisely)\b|is it any wonder|right\?|(?:is|are|was|were|do|does|did|would|should|could|can|will)n[’']t\b)/i;

/**
 * Words before a quoted term that name a category or label ("classifies fentanyl as a ‘weapon …’", "dubbed
 * ‘surge’"): the quote names, it keeps no distance. Chosen by hand from English usage.
 */
export const NAMING_BEFORE_TERM =
  /\b(?:called|dubbed|named|titled|entitled|known as|labell?ed|termed|as(?: an?| the)?|the (?:word|term|phrase|slogan|motto)s?)\s*[“‘"']?$/i;

/**
 * A concession opening the sentence ("Despite the warnings, …", "However, in spite of the cost, …"): the writer sets
 * what follows against an expectation of their own (Martin & White's "counter", a disclaiming move of engagement).
 */
export const CONCESSIVE_OPENING =
  /^(?:(?:but|yet|and|however|still),? )?(despite|in spite of|notwithstanding)\b/i;
