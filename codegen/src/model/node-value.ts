/** Small helpers over Smithy node values (`NodeValue`). */
import type { NodeValue } from "./ast.js";

/** Sets `obj[key]`, also for the key `__proto__` (which plain assignment would not store). */
export function setKey<T>(obj: { [key: string]: T }, key: string, value: T): void {
  if (key === "__proto__") {
    Object.defineProperty(obj, key, { value, enumerable: true, writable: true, configurable: true });
  } else {
    obj[key] = value;
  }
}

/** Structural equality; object key order is ignored, array order is not. */
export function nodeEquals(a: NodeValue, b: NodeValue): boolean {
  if (a === b) return true;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) {
    return typeof a === "number" && typeof b === "number" && Number.isNaN(a) && Number.isNaN(b);
  }
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    return a.every((x, i) => nodeEquals(x, b[i] as NodeValue));
  }
  if (Array.isArray(b)) return false;
  const ka = Object.keys(a);
  if (ka.length !== Object.keys(b).length) return false;
  return ka.every((k) => Object.hasOwn(b, k) && nodeEquals(a[k] as NodeValue, b[k] as NodeValue));
}

export function isNodeObject(v: NodeValue | undefined): v is { [key: string]: NodeValue } {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}
