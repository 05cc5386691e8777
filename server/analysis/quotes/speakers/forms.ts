/** Every written form of each name, keyed by its last word, and which names carried which titles. */
export class NameForms {
  private full = new Map<string, Set<string>>();
  private titles = new Map<string, Map<string, number>>();

  /** Records a written form ("Matt Myers", "Myers") under its last word, lower-cased. */
  add(key: string, written: string): void {
    if (!this.full.has(key)) this.full.set(key, new Set());
    this.full.get(key)!.add(written);
  }

  /** How many forms are known for a last word. */
  count(key: string): number {
    return this.full.get(key)?.size ?? 0;
  }

  /** Records that the name with this last word was given a title ("President", "coach"). */
  noteTitle(title: string, key: string): void {
    if (!this.titles.has(title)) this.titles.set(title, new Map());
    const counts = this.titles.get(title)!;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }

  /** The last words of the names that carried a title. */
  holders(title: string): string[] {
    return [...(this.titles.get(title.toLowerCase())?.keys() ?? [])];
  }

  /** The fullest form of a name seen in the article, or the name as written when two people share it. */
  fullest(written: string): string {
    const key = written
      .split(/[\s-]+/)
      .pop()!
      .toLowerCase();
    const forms = this.full.get(key);
    if (!forms || [...forms].every((f) => !/\s/.test(f))) {
      // a name given first and in full later ("Tuilaepa" … "Tuilaepa Sailele Malielegaoi")
      const longer = [...this.full.values()]
        .flatMap((f) => [...f])
        .filter((f) => f.startsWith(written + ' '));
      // a key looked up in lower case ("ruiz") comes back as the article wrote it ("Ruiz")
      if (longer.length === 1) return longer[0]!;
      return forms && written === written.toLowerCase() ? [...forms][0]! : written;
    }
    const sorted = [...forms].sort((a, b) => b.length - a.length);
    const first = sorted[0]!;
    if (sorted.some((f) => !first.endsWith(f)))
      return /\p{Lu}/u.test(written) ? written : sorted[sorted.length - 1]!;
    return first;
  }
}
