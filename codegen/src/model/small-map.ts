/**
 * The map type of the Model's traits and members. A shape or member has a handful of traits and
 * most structures a handful of members, and a large model has hundreds of thousands of them: a
 * `Map` costs several hundred bytes of hash table each, which the garbage collector then copies.
 * A SmallMap keeps its entries in one array (keys and values interleaved) sized by the caller's
 * hint, finds a key by a scan, and builds a hash index only when it holds many entries and someone
 * looks one up.
 *
 * Downstream code sees it as a `ReadonlyMap`; only the assembler writes (`set`, `delete`).
 * Iteration follows insertion order, as a `Map`'s does. Keys are compared with `===`.
 */

/** Entries up to this count are found by a scan; past it, by an index built on first lookup. */
const SCAN_LIMIT = 8;

export class SmallMap<K, V> implements ReadonlyMap<K, V> {
  /** `[k0, v0, k1, v1, ...]`, used up to `used`; the rest is room for more. */
  private items: unknown[];
  private used = 0;
  /** Key -> position in `items`, once there are more than SCAN_LIMIT entries and a lookup happened. */
  private index: Map<K, number> | undefined = undefined;

  /** `capacity`: how many entries to make room for (more still fit). */
  constructor(entries?: Iterable<readonly [K, V]>, capacity = 0) {
    this.items = capacity > 0 ? new Array<unknown>(2 * capacity) : NO_ITEMS;
    if (entries) for (const [k, v] of entries) this.set(k, v);
  }

  get size(): number {
    return this.used >> 1;
  }

  get [Symbol.toStringTag](): string {
    return "SmallMap";
  }

  has(key: K): boolean {
    return this.position(key) >= 0;
  }

  get(key: K): V | undefined {
    const at = this.position(key);
    return at < 0 ? undefined : (this.items[at + 1] as V);
  }

  /** Adds an entry, or replaces the value of an existing key (keeping its place). */
  set(key: K, value: V): this {
    const at = this.position(key);
    if (at >= 0) {
      this.items[at + 1] = value;
      return this;
    }
    return this.append(key, value);
  }

  /**
   * Adds an entry whose key the caller knows is not in the map yet (a shape's local members, which
   * the parser has checked): no lookup, so no index is built for a large map nobody searches.
   */
  append(key: K, value: V): this {
    let items = this.items;
    const n = this.used;
    if (n === items.length) {
      // full: grow exactly by one entry while small (pushing onto a short array reserves room for
      // 16 more elements), by half past that
      items = new Array<unknown>(n < 2 * SCAN_LIMIT ? n + 2 : n + 2 * (n >> 2) + 2);
      const old = this.items;
      for (let i = 0; i < n; i++) items[i] = old[i];
      this.items = items;
    }
    items[n] = key;
    items[n + 1] = value;
    this.used = n + 2;
    this.index?.set(key, n);
    return this;
  }

  delete(key: K): boolean {
    const at = this.position(key);
    if (at < 0) return false;
    const items = this.items.slice(0, this.used);
    items.splice(at, 2);
    this.items = items;
    this.used = items.length;
    this.index = undefined;
    return true;
  }

  /** The key of the `i`-th entry (0 <= i < size), for loops that must not allocate an iterator. */
  keyAt(i: number): K {
    return this.items[2 * i] as K;
  }

  /** The value of the `i`-th entry (0 <= i < size). */
  valueAt(i: number): V {
    return this.items[2 * i + 1] as V;
  }

  forEach(callback: (value: V, key: K, map: ReadonlyMap<K, V>) => void, thisArg?: unknown): void {
    const items = this.items;
    const n = this.used;
    for (let i = 0; i < n; i += 2) {
      callback.call(thisArg, items[i + 1] as V, items[i] as K, this);
    }
  }

  *entries(): MapIterator<[K, V]> {
    const items = this.items;
    const n = this.used;
    for (let i = 0; i < n; i += 2) yield [items[i] as K, items[i + 1] as V];
  }

  *keys(): MapIterator<K> {
    const items = this.items;
    const n = this.used;
    for (let i = 0; i < n; i += 2) yield items[i] as K;
  }

  *values(): MapIterator<V> {
    const items = this.items;
    const n = this.used;
    for (let i = 1; i < n; i += 2) yield items[i] as V;
  }

  [Symbol.iterator](): MapIterator<[K, V]> {
    return this.entries();
  }

  /** Position of `key` in `items`, or -1. */
  private position(key: K): number {
    const items = this.items;
    const n = this.used;
    if (n > 2 * SCAN_LIMIT) {
      let index = this.index;
      if (!index) {
        index = new Map();
        for (let i = 0; i < n; i += 2) index.set(items[i] as K, i);
        this.index = index;
      }
      return index.get(key) ?? -1;
    }
    for (let i = 0; i < n; i += 2) if (items[i] === key) return i;
    return -1;
  }
}

/** The items of every SmallMap made without room, until its first `set` (which replaces the array). */
const NO_ITEMS: unknown[] = [];

/**
 * A SmallMap shared by every shape and member without traits or members. Writing to it is a bug (the
 * Model is read-only downstream), so it throws instead of corrupting every user.
 */
export class SharedEmptyMap<K, V> extends SmallMap<K, V> {
  private readonly frozen: boolean = true;

  override set(key: K, value: V): this {
    if (this.frozen) throw new Error("internal error: the shared empty map of the Model is read-only");
    return super.set(key, value);
  }

  override delete(key: K): boolean {
    if (this.frozen) throw new Error("internal error: the shared empty map of the Model is read-only");
    return super.delete(key);
  }
}
