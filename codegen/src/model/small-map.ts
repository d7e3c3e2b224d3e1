/**
 * The map type of the Model's traits and members. A shape or member has a handful of traits and
 * most structures a handful of members, and a large model has hundreds of thousands of them: a
 * `Map` costs several hundred bytes of hash table each, which the garbage collector then copies.
 * A SmallMap keeps its first two entries in its own fields (most members have one or two traits,
 * so most maps are one object) and the others in one array (keys and values interleaved) sized by
 * the caller's hint. It finds a key by a scan, and builds a hash index only when it holds many
 * entries and someone looks one up.
 *
 * Downstream code sees it as a `ReadonlyMap`; only the assembler writes (`set`, `append`, `delete`).
 * Iteration follows insertion order, as a `Map`'s does. Keys are compared with `===`.
 */

/** Entries up to this count are found by a scan; past it, by an index built on first lookup. */
const SCAN_LIMIT = 8;

export class SmallMap<K, V> implements ReadonlyMap<K, V> {
  private k0: K | undefined = undefined;
  private v0: V | undefined = undefined;
  private k1: K | undefined = undefined;
  private v1: V | undefined = undefined;
  /** Entries from the third on: `[k2, v2, k3, v3, ...]`; the part past them is room for more. */
  private rest: unknown[];
  private count = 0;
  /** Key -> entry number, once there are more than SCAN_LIMIT entries and a lookup happened. */
  private index: Map<K, number> | undefined = undefined;

  /** `capacity`: how many entries to make room for (more still fit). */
  constructor(entries?: Iterable<readonly [K, V]>, capacity = 0) {
    this.rest = capacity > 2 ? new Array<unknown>(2 * (capacity - 2)) : NO_ITEMS;
    if (entries) for (const [k, v] of entries) this.set(k, v);
  }

  get size(): number {
    return this.count;
  }

  get [Symbol.toStringTag](): string {
    return "SmallMap";
  }

  has(key: K): boolean {
    return this.position(key) >= 0;
  }

  get(key: K): V | undefined {
    const at = this.position(key);
    return at < 0 ? undefined : this.valueAt(at);
  }

  /** Adds an entry, or replaces the value of an existing key (keeping its place). */
  set(key: K, value: V): this {
    const at = this.position(key);
    if (at < 0) return this.append(key, value);
    if (at === 0) this.v0 = value;
    else if (at === 1) this.v1 = value;
    else this.rest[2 * at - 3] = value;
    return this;
  }

  /**
   * Adds an entry whose key the caller knows is not in the map yet (a shape's local members, which
   * the parser has checked): no lookup, so no index is built for a large map nobody searches.
   */
  append(key: K, value: V): this {
    const n = this.count;
    if (n === 0) {
      this.k0 = key;
      this.v0 = value;
    } else if (n === 1) {
      this.k1 = key;
      this.v1 = value;
    } else {
      const at = 2 * (n - 2);
      let rest = this.rest;
      if (at === rest.length) {
        // full: grow exactly by one entry while small (pushing onto a short array reserves room
        // for 16 more elements), by half past that
        rest = new Array<unknown>(at < 2 * SCAN_LIMIT ? at + 2 : at + 2 * (at >> 2) + 2);
        const old = this.rest;
        for (let i = 0; i < at; i++) rest[i] = old[i];
        this.rest = rest;
      }
      rest[at] = key;
      rest[at + 1] = value;
    }
    this.count = n + 1;
    this.index?.set(key, n);
    return this;
  }

  delete(key: K): boolean {
    const at = this.position(key);
    if (at < 0) return false;
    const keys: K[] = [];
    const values: V[] = [];
    for (let i = 0; i < this.count; i++) {
      if (i === at) continue;
      keys.push(this.keyAt(i));
      values.push(this.valueAt(i));
    }
    this.k0 = this.k1 = undefined;
    this.v0 = this.v1 = undefined;
    this.rest = NO_ITEMS;
    this.count = 0;
    this.index = undefined;
    for (let i = 0; i < keys.length; i++) this.append(keys[i] as K, values[i] as V);
    return true;
  }

  /** The key of the `i`-th entry (0 <= i < size), for loops that must not allocate an iterator. */
  keyAt(i: number): K {
    return (i === 0 ? this.k0 : i === 1 ? this.k1 : this.rest[2 * i - 4]) as K;
  }

  /** The value of the `i`-th entry (0 <= i < size). */
  valueAt(i: number): V {
    return (i === 0 ? this.v0 : i === 1 ? this.v1 : this.rest[2 * i - 3]) as V;
  }

  forEach(callback: (value: V, key: K, map: ReadonlyMap<K, V>) => void, thisArg?: unknown): void {
    const n = this.count;
    for (let i = 0; i < n; i++) callback.call(thisArg, this.valueAt(i), this.keyAt(i), this);
  }

  entries(): MapIterator<[K, V]> {
    return new EntryIterator(this) as unknown as MapIterator<[K, V]>;
  }

  keys(): MapIterator<K> {
    return new KeyIterator(this) as unknown as MapIterator<K>;
  }

  values(): MapIterator<V> {
    return new ValueIterator(this) as unknown as MapIterator<V>;
  }

  [Symbol.iterator](): MapIterator<[K, V]> {
    return this.entries();
  }

  /** The entry number of `key`, or -1. */
  private position(key: K): number {
    const n = this.count;
    if (n > SCAN_LIMIT) {
      let index = this.index;
      if (!index) {
        index = new Map();
        for (let i = 0; i < n; i++) index.set(this.keyAt(i), i);
        this.index = index;
      }
      return index.get(key) ?? -1;
    }
    if (n === 0) return -1;
    if (this.k0 === key) return 0;
    if (n === 1) return -1;
    if (this.k1 === key) return 1;
    const rest = this.rest;
    for (let i = 0, end = 2 * (n - 2); i < end; i += 2) if (rest[i] === key) return 2 + (i >> 1);
    return -1;
  }
}

/**
 * A map as a SmallMap, to read by position (`keyAt`, `valueAt`) without an iterator: the Model's
 * maps are SmallMaps already (returned as they are); any other map is copied.
 */
export function asSmallMap<K, V>(map: ReadonlyMap<K, V>): SmallMap<K, V> {
  return map instanceof SmallMap ? map : new SmallMap(map, map.size);
}

/**
 * The iterators of a SmallMap: plain objects, not generators. A generator's state and each of its
 * results are allocated on the heap, where the `next` of a small class is inlined into a `for...of`
 * loop and its result objects need no allocation at all; validators iterate the traits and members
 * of every shape, so this is a large part of what a model's validation allocates. Like a `Map`'s,
 * they read the map as it is at each step. Their prototype chain has `%IteratorPrototype%`, as a
 * built-in iterator's does.
 */
const ITERATOR_PROTOTYPE = Object.getPrototypeOf(Object.getPrototypeOf([][Symbol.iterator]())) as object;
const DONE: IteratorReturnResult<undefined> = Object.freeze({ value: undefined, done: true });

class KeyIterator<K, V> {
  private i = 0;
  constructor(private readonly map: SmallMap<K, V>) {}
  next(): IteratorResult<K, undefined> {
    const i = this.i;
    if (i >= this.map.size) return DONE;
    this.i = i + 1;
    return { value: this.map.keyAt(i), done: false };
  }
}

class ValueIterator<K, V> {
  private i = 0;
  constructor(private readonly map: SmallMap<K, V>) {}
  next(): IteratorResult<V, undefined> {
    const i = this.i;
    if (i >= this.map.size) return DONE;
    this.i = i + 1;
    return { value: this.map.valueAt(i), done: false };
  }
}

class EntryIterator<K, V> {
  private i = 0;
  constructor(private readonly map: SmallMap<K, V>) {}
  next(): IteratorResult<[K, V], undefined> {
    const i = this.i;
    if (i >= this.map.size) return DONE;
    this.i = i + 1;
    return { value: [this.map.keyAt(i), this.map.valueAt(i)], done: false };
  }
}

for (const iterator of [KeyIterator, ValueIterator, EntryIterator]) {
  Object.setPrototypeOf(iterator.prototype, ITERATOR_PROTOTYPE);
  Object.defineProperty(iterator.prototype, Symbol.toStringTag, { value: "Map Iterator" });
}

/** The overflow array of every SmallMap made without room, until it needs one. */
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

  override append(key: K, value: V): this {
    if (this.frozen) throw new Error("internal error: the shared empty map of the Model is read-only");
    return super.append(key, value);
  }

  override delete(key: K): boolean {
    if (this.frozen) throw new Error("internal error: the shared empty map of the Model is read-only");
    return super.delete(key);
  }
}
