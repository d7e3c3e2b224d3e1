import { tsPropertyKey } from "../code-writer.js";

/** A JSON-compatible value printed as a TypeScript literal. */
export type Literal = string | number | boolean | null | Literal[] | { [key: string]: Literal | undefined };

/**
 * Prints a value as a TypeScript literal: bare keys where possible, `undefined` properties skipped,
 * arrays and objects on one line while they fit in `width`, otherwise one entry per line.
 */
export function printLiteral(value: Literal, indent = "", width = 110): string {
  const flat = printFlat(value);
  if (indent.length + flat.length <= width || !isComposite(value)) return flat;
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    return `[\n${value.map((v) => `${inner}${printLiteral(v, inner, width)},\n`).join("")}${indent}]`;
  }
  const entries = definedEntries(value);
  return `{\n${entries.map(([k, v]) => `${inner}${tsPropertyKey(k)}: ${printLiteral(v, inner, width)},\n`).join("")}${indent}}`;
}

function isComposite(value: Literal): value is Literal[] | { [key: string]: Literal | undefined } {
  return typeof value === "object" && value !== null;
}

function definedEntries(value: { [key: string]: Literal | undefined }): [string, Literal][] {
  return Object.entries(value).filter((e): e is [string, Literal] => e[1] !== undefined);
}

function printFlat(value: Literal): string {
  if (Array.isArray(value)) return `[${value.map(printFlat).join(", ")}]`;
  if (value !== null && typeof value === "object") {
    const entries = definedEntries(value);
    if (entries.length === 0) return "{}";
    return `{ ${entries.map(([k, v]) => `${tsPropertyKey(k)}: ${printFlat(v)}`).join(", ")} }`;
  }
  return JSON.stringify(value);
}
