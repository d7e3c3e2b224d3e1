/**
 * The last output of each list query, handed out again while the page holds the same stored records.
 * Stores replace a record object on every change rather than change it, so "the same record objects,
 * the same next cursor" means "the same output": a client paging through an unchanged list gets the same
 * frozen output object back, whose wire JSON the server has already written (`immutableOutput`).
 * Only worth it for stores that keep record objects (the memory store; SQLite parses rows on each read).
 */
import { immutableOutput } from "@pc-benefits/protocol";

interface Entry<R, O> {
  records: readonly R[];
  next: number | undefined;
  output: O;
}

export class RepeatedPages<R extends object, O extends object> {
  private readonly byQuery = new Map<string, Entry<R, O>>();

  constructor(private readonly capacity = 256) {}

  /** The output for `query` over `records`: the remembered one when nothing changed, else `build()`'s, frozen. */
  output(query: string, records: readonly R[], next: number | undefined, build: () => O): O {
    const known = this.byQuery.get(query);
    if (known && known.next === next && sameRecords(known.records, records)) return known.output;
    const output = immutableOutput(build());
    if (this.byQuery.size >= this.capacity) this.byQuery.clear();
    this.byQuery.set(query, { records, next, output });
    return output;
  }
}

function sameRecords<R>(a: readonly R[], b: readonly R[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
