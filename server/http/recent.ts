/**
 * A memo for results that depend only on their key and never change (a cookie header's verified
 * signatures, a form token's HMAC). Keys come from requests, so it holds at most `limit` entries:
 * when full it starts again empty, which costs at worst what having no memo costs.
 */
export class Recent<V> {
  readonly #entries = new Map<string, V>();

  constructor(readonly limit: number) {}

  get(key: string): V | undefined {
    return this.#entries.get(key);
  }

  set(key: string, value: V): void {
    if (this.#entries.size >= this.limit) this.#entries.clear();
    this.#entries.set(key, value);
  }
}
