/**
 * Deterministic JSON text of a JSON value (or typed value): object keys sorted at every level, `undefined`
 * members left out, `Date` as its ISO string, so equal values give equal text. Used for `@uniqueItems` and
 * for request fingerprints.
 */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) {
    const items: string[] = [];
    for (let i = 0; i < value.length; i++) items.push(canonicalJson(value[i]));
    return `[${items.join(",")}]`;
  }
  if (typeof value === "object" && value !== null && !(value instanceof Date)) {
    const record = value as Record<string, unknown>;
    const parts: string[] = [];
    for (const key of Object.keys(record).sort()) {
      const item = record[key];
      if (item !== undefined) parts.push(`${JSON.stringify(key)}:${canonicalJson(item)}`);
    }
    return `{${parts.join(",")}}`;
  }
  return JSON.stringify(value) ?? "null";
}
