/**
 * One string per distinct short slice of a source text. Identifiers and shape IDs repeat a lot
 * in a model (member names, targets, trait names); looking them up by their characters gives the
 * parser shared strings instead of a new copy per occurrence, so it allocates and retains less.
 * One interner can serve the files of a model one after the other (`read`), sharing their names.
 */

/** Longer slices are rarely repeated: they are copied without being looked up. */
const MAX_LENGTH = 48;

export class Interner {
  private table: (string | undefined)[] = new Array(1024).fill(undefined);
  /** The hash of each string in `table`, so that growing never reads a string again. */
  private hashes = new Int32Array(1024);
  private count = 0;

  constructor(private src: string) {}

  /** Switches to another source text; the strings found so far stay. */
  read(src: string): this {
    this.src = src;
    return this;
  }

  /** `src.slice(start, end)`, the same string object for equal slices. */
  get(start: number, end: number): string {
    const src = this.src;
    const length = end - start;
    if (length > MAX_LENGTH) return src.slice(start, end);
    let hash = length;
    for (let i = start; i < end; i++) hash = Math.imul(hash ^ src.charCodeAt(i), 0x01000193);
    const table = this.table;
    const hashes = this.hashes;
    const mask = table.length - 1;
    let slot = hash & mask;
    for (;;) {
      const candidate = table[slot];
      if (candidate === undefined) break;
      if (hashes[slot] === hash && candidate.length === length && src.startsWith(candidate, start)) {
        return candidate;
      }
      slot = (slot + 1) & mask;
    }
    const value = src.slice(start, end);
    table[slot] = value;
    hashes[slot] = hash;
    if (++this.count * 2 > table.length) this.grow();
    return value;
  }

  private grow(): void {
    const old = this.table;
    const oldHashes = this.hashes;
    const table: (string | undefined)[] = new Array(old.length * 2).fill(undefined);
    const hashes = new Int32Array(table.length);
    const mask = table.length - 1;
    for (let i = 0; i < old.length; i++) {
      const value = old[i];
      if (value === undefined) continue;
      const hash = oldHashes[i] as number;
      let slot = hash & mask;
      while (table[slot] !== undefined) slot = (slot + 1) & mask;
      table[slot] = value;
      hashes[slot] = hash;
    }
    this.table = table;
    this.hashes = hashes;
  }
}
