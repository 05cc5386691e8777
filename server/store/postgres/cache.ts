/**
 * A small map that forgets its oldest entry when full. The PostgreSQL store keeps records here that are
 * costly to fetch (a lesson is tens of KB of JSON) or never change (a student), never as the truth:
 * a cached lesson is used only after the database confirmed its version.
 */
export class BoundedCache<K, V> {
  readonly #map = new Map<K, V>();
  constructor(private readonly max: number) {}

  get(key: K): V | undefined {
    return this.#map.get(key);
  }

  set(key: K, value: V): V {
    this.#map.delete(key);
    this.#map.set(key, value);
    if (this.#map.size > this.max) this.#map.delete(this.#map.keys().next().value as K);
    return value;
  }

  delete(key: K): void {
    this.#map.delete(key);
  }
}
