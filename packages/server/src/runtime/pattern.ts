const cache = new Map<string, RegExp>();

/**
 * Compiles a Smithy `@pattern` (ECMA-262, unanchored). Unicode mode first, so `\p{L}` works;
 * patterns that are only valid without the `u` flag (e.g. `\-` outside a class) fall back to it.
 */
export function patternFor(source: string): RegExp {
  let regex = cache.get(source);
  if (!regex) {
    try {
      regex = new RegExp(source, "u");
    } catch {
      regex = new RegExp(source);
    }
    cache.set(source, regex);
  }
  return regex;
}
