/**
 * Keyset pages over a store scan: records come highest seq first; the page holds up to `limit`
 * records matching `accept`, and a cursor when at least one more match exists. The store is read in
 * batches from the cursor on, so the cost follows the page (and the filter's selectivity), never the
 * table size; records inserted meanwhile get higher seqs and never shift later pages.
 */

export interface Page<R> {
  items: R[];
  /** The seq to continue below, when more matches exist. */
  nextCursor?: number;
}

export function readPage<R extends { seq: number }>(
  scan: (beforeSeq: number | undefined, limit: number) => R[],
  accept: (record: R) => boolean,
  limit: number,
  beforeSeq: number | undefined,
): Page<R> {
  const items: R[] = [];
  let cursor = beforeSeq;
  let batch = limit + 1;
  for (;;) {
    const rows = scan(cursor, batch);
    for (const row of rows) {
      if (!accept(row)) continue;
      if (items.length === limit) {
        const last = items[items.length - 1];
        return { items, ...(last ? { nextCursor: last.seq } : {}) };
      }
      items.push(row);
    }
    if (rows.length < batch) return { items };
    cursor = rows[rows.length - 1]?.seq;
    batch = Math.min(batch * 2, 2000);
  }
}
