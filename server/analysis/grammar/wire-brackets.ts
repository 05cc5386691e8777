// a wire's stock-exchange code in angle brackets after a company's name, in capitals: "Pennzoil Co <PZL>",
// "Falconbridge Ltd <FALCF.O>", "Boeing <BA.N>" (Reuters-21578)
const TICKER = /<([A-Z0-9][A-Z0-9./-]{0,11})>/g;
// a company the wire brackets because it has no code, named in words: "two competitors to <Kokusai Denshin Denwa Co
// Ltd>", "said <Kokusai Denshin Denwa Co Ltd> president Koji Abe"
const UNLISTED = /<([A-Z][\w.,&'’ -]*[a-z][\w.,&'’ -]*)>/g;

/**
 * The text with a wire's angle brackets read as what they mark, one character for one so every offset stays where it
 * was: round a code, round brackets, so the tagger and the repairs read the code as the aside it is, as they read
 * "(PZL)" (in "Falconbridge Ltd <FALCF.O> expects a profit" the brackets had cut the subject from its verb, and in
 * "said Pennzoil <PZL> chairman Hugh Liedtke" the company spoke instead of its chairman); round a company's name,
 * spaces, so the name is read as the noun it is (Reuters-21578, rounds 1132-1163).
 */
export function readWireBrackets(text: string): string {
  if (!text.includes('<')) return text;
  return text
    .replace(TICKER, (_, code: string) => `(${code})`)
    .replace(UNLISTED, (_, name: string) => ` ${name} `);
}
