/**
 * Comparisons of the protocol test harness. Each returns undefined when the two sides agree, else a
 * message naming the first difference (its path, what was expected and what was found).
 */

/**
 * JSON bodies compared by meaning, as smithy-typescript's `compareEquivalentJsonBodies`: key order and
 * number spelling (`1.0` and `1`) do not matter, everything else does.
 */
export function jsonBodyDifference(expected: string, actual: string): string | undefined {
  let want: unknown;
  let got: unknown;
  try {
    want = JSON.parse(expected);
  } catch {
    return `the expected body is not JSON: ${expected}`;
  }
  try {
    got = JSON.parse(actual);
  } catch {
    return `the body is not JSON: ${JSON.stringify(actual)}`;
  }
  return valueDifference(want, got);
}

/**
 * Typed values compared deeply: `Date` by instant, `Uint8Array` by bytes, `NaN` equal to itself, object
 * keys whose value is `undefined` treated as absent, `$metadata` ignored. Objects must have the same keys.
 */
export function valueDifference(expected: unknown, actual: unknown, path = "$"): string | undefined {
  if (Object.is(expected, actual)) return undefined;
  if (typeof expected === "number" && typeof actual === "number") {
    return expected === actual ? undefined : mismatch(path, expected, actual);
  }
  if (expected instanceof Date || actual instanceof Date) {
    if (expected instanceof Date && actual instanceof Date && expected.getTime() === actual.getTime())
      return undefined;
    return mismatch(path, expected, actual);
  }
  if (expected instanceof Uint8Array || actual instanceof Uint8Array) {
    if (
      expected instanceof Uint8Array &&
      actual instanceof Uint8Array &&
      expected.length === actual.length &&
      expected.every((b, i) => b === actual[i])
    ) {
      return undefined;
    }
    return mismatch(path, expected, actual);
  }
  if (Array.isArray(expected) || Array.isArray(actual)) {
    if (!Array.isArray(expected) || !Array.isArray(actual)) return mismatch(path, expected, actual);
    if (expected.length !== actual.length) {
      return `${path}: expected ${expected.length} items, got ${actual.length} (${show(actual)})`;
    }
    for (let i = 0; i < expected.length; i++) {
      const d = valueDifference(expected[i], actual[i], `${path}[${i}]`);
      if (d) return d;
    }
    return undefined;
  }
  if (isObject(expected) && isObject(actual)) {
    const want = definedKeys(expected);
    const got = definedKeys(actual);
    for (const key of want) {
      if (!got.includes(key)) return `${path}.${key}: expected ${show(expected[key])}, got nothing`;
      const d = valueDifference(expected[key], actual[key], `${path}.${key}`);
      if (d) return d;
    }
    const extra = got.filter((k) => !want.includes(k));
    if (extra.length > 0)
      return `${path}: unexpected ${extra.map((k) => `${k}=${show(actual[k])}`).join(", ")}`;
    return undefined;
  }
  return mismatch(path, expected, actual);
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null;
}

function definedKeys(value: Record<string, unknown>): string[] {
  return Object.keys(value).filter((k) => k !== "$metadata" && value[k] !== undefined);
}

function mismatch(path: string, expected: unknown, actual: unknown): string {
  return `${path}: expected ${show(expected)}, got ${show(actual)}`;
}

function show(value: unknown): string {
  if (value instanceof Date)
    return `Date(${Number.isNaN(value.getTime()) ? "invalid" : value.toISOString()})`;
  if (value instanceof Uint8Array) return `bytes(${new TextDecoder().decode(value)})`;
  if (typeof value === "number" && !Number.isFinite(value)) return String(value);
  if (value === undefined) return "undefined";
  const json = JSON.stringify(value);
  return json.length > 200 ? `${json.slice(0, 200)}...` : json;
}
