/** How the answers list starts in a snapshot written by writeSnapshotTemp (always the last key). */
const ANSWERS_KEY = Buffer.from('\n  "answers": [');
const ENDINGS = ['\n  ]\n}\n', '\n  ]\n}'].map((e) => Buffer.from(e));
const EMPTY_ENDINGS = [']\n}\n', ']\n}'].map((e) => Buffer.from(e));
const RECORD_END = Buffer.from(',\n');
/** Answers are parsed this many bytes at a time: small strings that are collected as loading goes on. */
const CHUNK_BYTES = 1 << 20;

function endsWith(bytes: Buffer, at: number, endings: Buffer[]): boolean {
  return endings.some(
    (e) => at + e.length === bytes.length && bytes.compare(e, 0, e.length, at) === 0,
  );
}

/**
 * Parses a snapshot in the layout Byline writes (answers last, one per line) without turning the whole
 * file into one string: everything before the answers is parsed at once, the answers a megabyte of lines
 * at a time. The result is what JSON.parse of the whole file gives (an indented file parses the same way).
 * Returns undefined when the file cannot be read in pieces (one line, invalid JSON, another order of
 * keys): the caller then parses it whole, which also words any error.
 */
export function parseSnapshotLayout(bytes: Buffer): Record<string, unknown> | undefined {
  const key = bytes.indexOf(ANSWERS_KEY);
  // The key follows the students list and its comma.
  if (key <= 0 || bytes[key - 1] !== 0x2c) return undefined;
  let head: unknown;
  try {
    head = JSON.parse(`${bytes.toString('utf8', 0, key - 1)}\n}`);
  } catch {
    return undefined;
  }
  if (typeof head !== 'object' || head === null || Array.isArray(head)) return undefined;
  const answers: unknown[] = [];
  const first = key + ANSWERS_KEY.length;
  if (!endsWith(bytes, first, EMPTY_ENDINGS)) {
    if (bytes[first] !== 0x0a) return undefined;
    const end = ENDINGS.map((e) => bytes.length - e.length).find((at) =>
      endsWith(bytes, at, ENDINGS),
    );
    if (end === undefined || end <= first) return undefined;
    // A record never holds a raw line break (JSON escapes it), so every ",\n" cut falls between records;
    // a file formatted some other way fails to parse here and is read whole instead.
    for (let at = first + 1; at < end;) {
      const cut = at + CHUNK_BYTES >= end ? -1 : bytes.indexOf(RECORD_END, at + CHUNK_BYTES);
      const stop = cut === -1 || cut >= end ? end : cut;
      let chunk: unknown;
      try {
        chunk = JSON.parse(`[${bytes.toString('utf8', at, stop)}]`);
      } catch {
        return undefined;
      }
      for (const answer of chunk as unknown[]) answers.push(answer);
      at = stop + RECORD_END.length;
    }
  }
  return Object.assign(head, { answers });
}
