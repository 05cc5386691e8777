/** A GIFT question as the test reads it back: the unescaped text of each part. */
export interface GiftQuestion {
  name: string;
  format: string;
  text: string;
  answers: { weight: number; text: string; feedback: string }[];
  generalFeedback: string;
  /** True when the answer block held no answers: GIFT's essay. */
  essay: boolean;
}

export interface GiftFile {
  category: string | null;
  questions: GiftQuestion[];
}

/** Splits `text` at every unescaped occurrence of `mark`. */
function splitUnescaped(text: string, mark: string): string[] {
  const parts: string[] = [];
  let current = '';
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '\\' && i + 1 < text.length) {
      current += text.slice(i, i + 2);
      i++;
    } else if (text.startsWith(mark, i)) {
      parts.push(current);
      current = '';
      i += mark.length - 1;
    } else current += text[i];
  }
  parts.push(current);
  return parts;
}

/** The index of the first unescaped `char`, or -1. */
function indexUnescaped(text: string, char: string, from = 0): number {
  for (let i = from; i < text.length; i++) {
    if (text[i] === '\\') i++;
    else if (text[i] === char) return i;
  }
  return -1;
}

function unescape(text: string): string {
  return text.replace(/\\(.)/g, (_m, c: string) => (c === 'n' ? '\n' : c));
}

function readAnswers(block: string): GiftQuestion['answers'] {
  const answers: GiftQuestion['answers'] = [];
  // Each answer starts with an unescaped = or ~ at the start of a token.
  const starts: number[] = [];
  for (let i = 0; i < block.length; i++) {
    if (block[i] === '\\') i++;
    else if (block[i] === '=' || block[i] === '~') starts.push(i);
  }
  starts.forEach((start, k) => {
    const raw = block.slice(start, starts[k + 1] ?? block.length).trim();
    let body = raw.slice(1);
    let weight = raw[0] === '=' ? 100 : 0;
    const pct = /^%(-?\d+(?:\.\d+)?)%/.exec(body);
    if (pct) {
      weight = Number(pct[1]);
      body = body.slice(pct[0].length);
    }
    const [text = '', ...fb] = splitUnescaped(body, '#');
    answers.push({ weight, text: unescape(text.trim()), feedback: unescape(fb.join('#').trim()) });
  });
  return answers;
}

function readQuestion(chunk: string): GiftQuestion {
  let rest = chunk.trim();
  let name = '';
  if (rest.startsWith('::')) {
    const [head = '', ...tail] = splitUnescaped(rest.slice(2), '::');
    if (tail.length === 0) throw new Error('gift: unterminated name');
    name = unescape(head);
    rest = tail.join('::');
  }
  let format = 'moodle';
  const fm = /^\[(\w+)\]/.exec(rest);
  if (fm) {
    format = fm[1] ?? format;
    rest = rest.slice(fm[0].length);
  }
  const open = indexUnescaped(rest, '{');
  const close = rest.lastIndexOf('}');
  if (open < 0 || close < open)
    throw new Error(`gift: no answer block in ${JSON.stringify(chunk)}`);
  const [answerPart = '', ...general] = splitUnescaped(rest.slice(open + 1, close), '####');
  const answers = readAnswers(answerPart);
  return {
    name,
    format,
    text: unescape(rest.slice(0, open).trim()),
    answers,
    generalFeedback: unescape(general.join('####').trim()),
    essay: answers.length === 0 && answerPart.trim() === '',
  };
}

/** Reads a GIFT document: blank lines separate questions, // lines are comments, $CATEGORY: sets the category. */
export function readGift(document: string): GiftFile {
  let category: string | null = null;
  const questions: GiftQuestion[] = [];
  const chunks = document.replace(/\r\n/g, '\n').split(/\n\s*\n/);
  for (const chunk of chunks) {
    const lines = chunk.split('\n').filter((l) => !/^\s*\/\//.test(l));
    const text = lines.join('\n').trim();
    if (text === '') continue;
    const cat = /^\$CATEGORY:\s*(.*)$/.exec(text);
    if (cat) category = cat[1] ?? null;
    else questions.push(readQuestion(text));
  }
  return { category, questions };
}
