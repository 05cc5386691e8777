/** The --help text. */
export const usage = `Usage: npm run --silent analyze -- [options] FILE [FILE ...]

Labels each sentence of a news article as fact, attributed or framing,
with the evidence words, quotes and their speakers.

  FILE             a UTF-8 text file: headline on the first line, then paragraphs
                   (at most 2 MB). Several files print one JSON object per line.
  --lines          treat each non-empty line as one standalone sentence
  --format json    one JSON object per file (default)
  --format text    a readable annotated view; colour only on a terminal (NO_COLOR turns it off)
  -h, --help       show this help

Exit status: 0 on success, 2 on bad input (one line on stderr).
`;
