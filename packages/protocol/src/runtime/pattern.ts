const cache = new Map<string, RegExp>();

/**
 * Compiles a Smithy `@pattern` (ECMA-262, unanchored). Unicode mode first, so `\p{L}` works;
 * patterns that are only valid without the `u` flag (e.g. `\-` outside a class) fall back to it.
 */
/**
 * The RegExp enforcing a member's `pattern`: its `ecmaPattern` (source and flags) when given,
 * `undefined` when that is `null` (not enforced), else the pattern itself.
 */
export function patternOf(
  pattern: string,
  ecmaPattern: { source: string; flags: string } | null | undefined,
): RegExp | undefined {
  if (ecmaPattern === null) return undefined;
  if (ecmaPattern === undefined) return patternFor(pattern);
  const key = `${ecmaPattern.flags}/${ecmaPattern.source}`;
  let regex = translated.get(key);
  if (!regex) {
    regex = new RegExp(ecmaPattern.source, ecmaPattern.flags);
    translated.set(key, regex);
  }
  return regex;
}

const translated = new Map<string, RegExp>();

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
