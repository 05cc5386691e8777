/** Strings and lists longer than this are kept as they are: open answers, which are rarely repeated. */
const SHORT = 64;

/**
 * One shared copy of each repeated value in the answers. Every answer names its class, student, lesson
 * and question, and most responses are one choice id; parsed from JSON each is a string (and a list) of
 * its own. Sharing equal values keeps the answers the same while holding each id once.
 */
export class Interner {
  readonly #strings = new Map<string, string>();
  readonly #lists = new Map<string, readonly string[]>();
  /** Lists of one item, by the item: most responses (no key to build). */
  readonly #singles = new Map<string, readonly string[]>();

  /** The shared copy of `value`, equal to it. */
  string(value: string): string {
    const known = this.#strings.get(value);
    if (known !== undefined) return known;
    this.#strings.set(value, value);
    return value;
  }

  /** A frozen list equal to `items`, shared with every equal list of short strings. */
  list(items: readonly string[]): readonly string[] {
    if (items.length > 4 || items.some((x) => x.length > SHORT)) return Object.freeze(items);
    if (items.length === 1) {
      let single = this.#singles.get(items[0]!);
      if (!single) this.#singles.set(items[0]!, (single = Object.freeze([this.string(items[0]!)])));
      return single;
    }
    const key = JSON.stringify(items);
    let known = this.#lists.get(key);
    if (!known) {
      known = Object.freeze(items.map((x) => this.string(x)));
      this.#lists.set(key, known);
    }
    return known;
  }
}
