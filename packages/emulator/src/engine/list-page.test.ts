import { describe, expect, it } from "vitest";
import { readPage } from "./list-page.js";

function table(n: number) {
  const rows = Array.from({ length: n }, (_, i) => ({ seq: i + 1, even: (i + 1) % 2 === 0 }));
  let read = 0;
  const scan = (before: number | undefined, limit: number) => {
    const top = before === undefined ? n : before - 1;
    const out = rows.slice(Math.max(0, top - limit), top).reverse();
    read += out.length;
    return out;
  };
  return { scan, read: () => read };
}

describe("readPage", () => {
  it.each([1_000, 100_000])("reads about one page of rows from a table of %i", (n) => {
    const t = table(n);
    const page = readPage(t.scan, () => true, 20, undefined);
    expect(page.items.map((r) => r.seq)).toEqual(Array.from({ length: 20 }, (_, i) => n - i));
    expect(page.nextCursor).toBe(n - 19);
    expect(t.read()).toBe(21);
  });

  it("filters across batches and stops at the end without a cursor", () => {
    const t = table(50);
    const first = readPage(t.scan, (r) => r.even, 10, undefined);
    expect(first.items.map((r) => r.seq)).toEqual([50, 48, 46, 44, 42, 40, 38, 36, 34, 32]);
    const rest = readPage(t.scan, (r) => r.even, 100, first.nextCursor);
    expect(rest.items).toHaveLength(15);
    expect(rest.nextCursor).toBeUndefined();
  });

  it("an exactly full last page has no cursor", () => {
    const t = table(10);
    expect(readPage(t.scan, () => true, 10, undefined).nextCursor).toBeUndefined();
  });
});
