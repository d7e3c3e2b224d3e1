/**
 * Everything an assembled model holds, as plain data in which order counts: shapes and members
 * with every field (locations included), traits and members as entry lists, metadata and
 * diagnostics. Two assemblies of the same sources must give equal snapshots.
 */

import { Located } from "../../src/model/source-location.js";
import type { AssembledModel } from "../../src/model/sources.js";

function plain(value: unknown): unknown {
  if (value instanceof Located) {
    // its location as read (a JSON AST file's is worked out when read: see json-fast.ts)
    const { file, line, column } = value.location;
    return { ...(plainObject(value) as object), location: { file, line, column } };
  }
  if (value instanceof Map || (typeof value === "object" && value !== null && "entries" in value)) {
    return [...(value as ReadonlyMap<unknown, unknown>).entries()].map(([k, v]) => [k, plain(v)]);
  }
  if (Array.isArray(value)) return value.map(plain);
  if (typeof value === "object" && value !== null) return plainObject(value);
  return value;
}

function plainObject(value: object): unknown {
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, plain(v)]));
}

export function modelSnapshot(result: AssembledModel): unknown {
  return plain({
    shapes: result.model.shapes,
    metadata: result.model.metadata,
    diagnostics: result.diagnostics,
  });
}
